package org.pyjit.test.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** pyjit through the polyglot API in-process: bindings, Python values as interop values, Java values in Python. */
class InteropTest {
    /** A Java object for Python code to use. */
    public static final class Counter {
        public int count;

        public int add(int n) {
            count += n;
            return count;
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Context context;

    @BeforeEach
    void open() {
        context = Context.newBuilder("pyjit").out(out).err(out).allowHostAccess(HostAccess.ALL).allowPolyglotAccess(PolyglotAccess.ALL)
                        .option("engine.WarnInterpreterOnly", "false").build();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String output() {
        String s = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return s;
    }

    private Value interactive(String code) {
        return context.eval(Source.newBuilder("pyjit", code, "<stdin>").interactive(true).buildLiteral());
    }

    @Test
    void globalsPersistAcrossSourcesAndShowInTheBindings() {
        context.eval("pyjit", "x = 20\ndef double(v):\n    return v * 2\n");
        context.eval("pyjit", "print(double(x) + 2)");
        assertEquals("42\n", output());
        Value bindings = context.getBindings("pyjit");
        assertTrue(bindings.hasMember("x"));
        assertEquals(20, bindings.getMember("x").asInt());
        bindings.putMember("x", 5);
        context.eval("pyjit", "print(double(x), type(x).__name__)");
        assertEquals("10 int\n", output());
        bindings.removeMember("x");
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("pyjit", "x"));
        assertEquals("NameError: name 'x' is not defined", e.getMessage());
    }

    @Test
    void aRedefinedGlobalIsSeenByCodeThatCachedIt() {
        context.eval("pyjit", "k = 1\ndef get():\n    return k\n");
        Value get = context.getBindings("pyjit").getMember("get");
        for (int i = 0; i < 50; i++) {
            assertEquals(1, get.execute().asInt());
        }
        context.eval("pyjit", "k = 2");
        assertEquals(2, get.execute().asInt());
    }

    @Test
    void interactiveSourcesGiveTheirLastExpression() {
        assertEquals(3, interactive("1 + 2").asInt());
        assertEquals("'ab'", interactive("'a' + 'b'").toString());
        assertTrue(interactive("None").isNull());
        assertTrue(interactive("y = 1").isNull());
        assertEquals("True 1e+16 [1, 'a', None]", interactive("True").toString() + " " + interactive("1e16") + " " + interactive("[1, 'a', None]"));
        assertEquals(new BigInteger("1267650600228229401496703205376"), interactive("2 ** 100").asBigInteger());
        assertTrue(context.eval("pyjit", "1 + 2").isNull(), "a non-interactive source evaluates to None");
    }

    @Test
    void aMainProgramEvaluatesToItsExitStatus() {
        // The launcher runs programs this way: the engine then converts no guest object at start-up.
        Value main = context.eval(Source.newBuilder("pyjit", "x = 1 + 2", "main.py").mimeType("text/x-python-main").buildLiteral());
        assertTrue(main.isNumber());
        assertEquals(0, main.asInt());
        assertEquals(3, context.getBindings("pyjit").getMember("x").asInt());
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval(Source.newBuilder("pyjit", "import sys\nsys.exit(3)", "exit.py").mimeType("text/x-python-main").buildLiteral()));
        assertTrue(e.isExit());
        assertEquals(3, e.getExitStatus());
    }

    @Test
    void pythonValuesFollowTheInteropProtocol() {
        context.eval("pyjit", """
                        class Point:
                            def __init__(self, x, y):
                                self.x = x
                                self.y = y
                            def norm1(self):
                                return abs(self.x) + abs(self.y)
                        def make(n):
                            return [n, (n, 'two'), {'k': n, 3: 'three'}]
                        """);
        Value bindings = context.getBindings("pyjit");
        Value made = bindings.getMember("make").execute(7);
        assertTrue(made.hasArrayElements());
        assertEquals(3, made.getArraySize());
        assertEquals("two", made.getArrayElement(1).getArrayElement(1).asString());
        Value dict = made.getArrayElement(2);
        assertTrue(dict.hasHashEntries());
        assertEquals(7, dict.getHashValue("k").asInt());
        assertEquals("three", dict.getHashValue(3).asString());
        dict.putHashEntry("new", 1.5);
        assertEquals(3, dict.getHashSize());
        assertEquals("[7, (7, 'two'), {'k': 7, 3: 'three', 'new': 1.5}]", made.toString());
        made.setArrayElement(0, "changed");
        made.setArrayElement(3, 4);
        assertEquals("changed", made.getArrayElement(0).asString());
        assertEquals(4, made.getArraySize());

        Value pointClass = bindings.getMember("Point");
        assertTrue(pointClass.canInstantiate());
        Value p = pointClass.newInstance(3, -4);
        assertEquals(3, p.getMember("x").asInt());
        assertEquals(7, p.invokeMember("norm1").asInt());
        p.putMember("y", 10);
        assertEquals(13, p.invokeMember("norm1").asInt());
        assertTrue(p.getMemberKeys().containsAll(List.of("x", "y", "norm1")));
        assertEquals("Point", p.getMetaObject().getMetaSimpleName());
        assertEquals("__main__.Point", p.getMetaObject().getMetaQualifiedName());

        Value sorted = interactive("sorted");
        assertTrue(sorted.canExecute());
        assertEquals("[1, 2, 3]", sorted.execute((Object) new int[]{3, 1, 2}).toString());
        assertEquals(7, bindings.getMember("make").getSourceLocation().getStartLine());
        assertEquals(8, bindings.getMember("make").getSourceLocation().getEndLine());
    }

    @Test
    void pythonExceptionsArriveWithTheirTraceback() {
        context.eval(Source.newBuilder("pyjit", "def fail(n):\n    return 10 // n\n", "lib.py").buildLiteral());
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.getBindings("pyjit").getMember("fail").execute(0));
        assertTrue(e.isGuestException());
        assertEquals("ZeroDivisionError: integer division or modulo by zero", e.getMessage());
        assertEquals("Traceback (most recent call last):\n  File \"lib.py\", line 2, in fail\nZeroDivisionError: integer division or modulo by zero\n",
                        e.getGuestObject().getMember("__pyjit_traceback__").asString());
        PolyglotException.StackFrame top = e.getPolyglotStackTrace().iterator().next();
        assertEquals("fail", top.getRootName());
        assertEquals(2, top.getSourceLocation().getStartLine());
    }

    @Test
    void javaValuesAreUsableInPython() {
        Value bindings = context.getBindings("pyjit");
        bindings.putMember("counter", new Counter());
        bindings.putMember("jlist", new ArrayList<>(List.of(1, 2, 3)));
        bindings.putMember("jarray", new int[]{4, 5, 6});
        bindings.putMember("jmap", new HashMap<>(Map.of("a", 1)));
        bindings.putMember("big", new BigInteger("123456789012345678901234567890"));
        context.eval("pyjit", """
                        counter.add(40)
                        print(counter.add(2), counter.count)
                        print(jlist[0] + jlist[-1], len(jlist), [x * 2 for x in jlist], sum(jarray), jarray[1], 5 in jarray)
                        jlist[0] = 10
                        jlist.add(4)
                        print(jmap['a'], len(jmap), list(jmap), big + 1, type(big).__name__, callable(counter.add), bool(jlist))
                        """);
        assertEquals("42 42\n4 3 [2, 4, 6] 15 5 True\n1 1 ['a'] 123456789012345678901234567891 int True True\n", output());
        // Python ints arrive in an untyped Java list as Longs.
        assertEquals(List.of(10L, 2, 3, 4L), bindings.getMember("jlist").as(List.class));
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("pyjit", "counter.nothing"));
        assertEquals("AttributeError: 'foreign' object has no attribute 'nothing'", e.getMessage());
    }

    @Test
    void thePolyglotModuleSharesValues() {
        context.getPolyglotBindings().putMember("from_java", 41);
        context.eval("pyjit", """
                        import polyglot
                        polyglot.export_value("from_python", polyglot.import_value("from_java") + 1)
                        polyglot.export_value("twice", lambda v: v * 2)
                        print(polyglot.import_value("absent"))
                        """);
        assertEquals("None\n", output());
        assertEquals(42, context.getPolyglotBindings().getMember("from_python").asInt());
        assertEquals(84, context.getPolyglotBindings().getMember("twice").execute(42).asInt());
    }

    @Test
    void thePolyglotModuleNeedsPolyglotAccess() {
        try (Context restricted = Context.newBuilder("pyjit").out(out).option("engine.WarnInterpreterOnly", "false").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> restricted.eval("pyjit", "import polyglot\npolyglot.import_value('x')"));
            assertTrue(e.getMessage().startsWith("RuntimeError: polyglot access is not allowed"), e.getMessage());
        }
    }

    @Test
    void outputOfACallFromJavaIsFlushedWhenItReturns() {
        context.eval("pyjit", "def hello():\n    print('hello')\n");
        context.getBindings("pyjit").getMember("hello").execute();
        assertEquals("hello\n", output());
        assertFalse(context.getBindings("pyjit").hasMember("absent"));
    }
}
