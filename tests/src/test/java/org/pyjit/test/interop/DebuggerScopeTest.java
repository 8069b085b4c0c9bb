package org.pyjit.test.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import com.oracle.truffle.api.debug.Breakpoint;
import com.oracle.truffle.api.debug.DebugScope;
import com.oracle.truffle.api.debug.DebugStackFrame;
import com.oracle.truffle.api.debug.DebugValue;
import com.oracle.truffle.api.debug.Debugger;
import com.oracle.truffle.api.debug.DebuggerSession;
import com.oracle.truffle.api.debug.SuspendedEvent;

/** What a debugger (Chrome DevTools, the Truffle Debugger API) shows as the variables of a Python frame. */
class DebuggerScopeTest {

    /**
     * Runs {@code code} with a breakpoint on {@code line}; {@code inspect} turns each suspension
     * into a result while the debug values are valid (they are not once it resumes).
     */
    private static <T> List<T> suspend(String code, int line, Function<SuspendedEvent, T> inspect) {
        Source source = Source.newBuilder("pyjit", code, "scope.py").buildLiteral();
        List<T> results = new ArrayList<>();
        try (Context context = Context.newBuilder("pyjit").option("engine.WarnInterpreterOnly", "false").build();
                        DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> results.add(inspect.apply(event)))) {
            session.install(Breakpoint.newBuilder(source.getURI()).lineIs(line).build());
            context.eval(source);
        }
        return results;
    }

    /** Name to display string (a Python repr) of the variables a scope declares, in its order. */
    private static Map<String, String> variables(DebugScope scope) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (DebugValue v : scope.getDeclaredValues()) {
            vars.put(v.getName(), v.toDisplayString());
        }
        return vars;
    }

    private static Map<String, String> topVariables(SuspendedEvent event) {
        return variables(event.getTopStackFrame().getScope());
    }

    @Test
    void parametersAndBoundLocalsWithTheirValues() {
        String code = """
                        def grow(n, x):
                            ratio = x / 2
                            items = [1, 'two']
                            s = 'a' * 300
                            for i in range(n):
                                s += 'b'
                            later = len(s)
                            return later
                        grow(3, 5.0)
                        """;
        List<Map<String, String>> hits = suspend(code, 7, DebuggerScopeTest::topVariables);
        assertEquals(1, hits.size());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("n", "3");
        expected.put("x", "5.0");
        expected.put("ratio", "2.5");
        expected.put("items", "[1, 'two']");
        // Grown by += past the size where the variable holds a string builder: shown as the str.
        expected.put("s", "'" + "a".repeat(300) + "bbb'");
        expected.put("i", "2");
        // "later" is not bound yet, so it is not listed (as in CPython's locals()).
        assertEquals(expected, hits.get(0));
    }

    @Test
    void valuesAreTypedInteropValues() {
        String code = """
                        def f(n):
                            s = 'x' * 300
                            for _ in range(2):
                                s += 'y'
                            d = 0.25
                            return n
                        f(7)
                        """;
        List<List<Object>> hits = suspend(code, 6, event -> {
            DebugScope scope = event.getTopStackFrame().getScope();
            return List.of(scope.getName(), scope.getDeclaredValue("n").asLong(), scope.getDeclaredValue("s").asString(),
                            scope.getDeclaredValue("d").asDouble(), scope.getDeclaredValue("s").isString());
        });
        assertEquals(List.of(List.of("f", 7L, "x".repeat(300) + "yy", 0.25, true)), hits);
    }

    @Test
    void unboundAndDeletedLocalsAreNotListed() {
        String code = """
                        def f():
                            a = 1
                            b = 2
                            del a
                            c = 3
                            return b
                        f()
                        """;
        List<Object> hits = suspend(code, 5, event -> {
            DebugScope scope = event.getTopStackFrame().getScope();
            return List.of(variables(scope).keySet(), String.valueOf(scope.getDeclaredValue("a")), String.valueOf(scope.getDeclaredValue("c")));
        });
        assertEquals(List.of(List.of(Set.of("b"), "null", "null")), hits);
    }

    @Test
    void cellAndFreeVariablesShowTheirValues() {
        String code = """
                        def outer(p):
                            c = 10
                            def inner(q):
                                return c + p + q
                            r = inner(1)
                            return r
                        outer(100)
                        """;
        // In inner: its parameter, then the free variables of the closure, unwrapped from their cells.
        List<Map<String, String>> inner = suspend(code, 4, DebuggerScopeTest::topVariables);
        assertEquals(1, inner.size());
        assertEquals(Map.of("q", "1", "c", "10", "p", "100"), inner.get(0));
        assertEquals("q", inner.get(0).keySet().iterator().next());
        // In outer: the cell variables by value (p is a parameter and a cell), in locals()' order:
        // parameters, other locals, then cell variables.
        List<Map<String, String>> outer = suspend(code, 6, DebuggerScopeTest::topVariables);
        assertEquals(1, outer.size());
        assertEquals(List.of("p", "inner", "r", "c"), new ArrayList<>(outer.get(0).keySet()));
        assertEquals("100", outer.get(0).get("p"));
        assertEquals("10", outer.get(0).get("c"));
        assertEquals("111", outer.get(0).get("r"));
    }

    @Test
    void callersFramesShowTheirVariables() {
        String code = """
                        def inner(q):
                            return q * 2
                        def outer(p):
                            local = p + 1
                            return inner(local)
                        outer(4)
                        """;
        List<Map<String, String>> hits = suspend(code, 2, event -> {
            for (DebugStackFrame frame : event.getStackFrames()) {
                if ("outer".equals(frame.getName())) {
                    return variables(frame.getScope());
                }
            }
            return null;
        });
        assertEquals(List.of(Map.of("p", "4", "local", "5")), hits);
    }

    @Test
    void generatorLocalsWithoutItsInternalState() {
        String code = """
                        def gen(k):
                            total = 0
                            for j in range(k):
                                total += j
                                yield total
                        print(list(gen(3)))
                        """;
        List<Map<String, String>> hits = suspend(code, 4, DebuggerScopeTest::topVariables);
        assertEquals(List.of(Map.of("k", "3", "total", "0", "j", "0"), Map.of("k", "3", "total", "0", "j", "1"),
                        Map.of("k", "3", "total", "1", "j", "2")), hits);
    }

    @Test
    void generatorFrameBelowTheTop() {
        String code = """
                        def helper(v):
                            return v * 2
                        def gen(k):
                            for j in range(k):
                                yield helper(j)
                        print(list(gen(2)))
                        """;
        List<Map<String, String>> hits = suspend(code, 2, event -> {
            for (DebugStackFrame frame : event.getStackFrames()) {
                if ("gen".equals(frame.getName())) {
                    return variables(frame.getScope());
                }
            }
            return null;
        });
        assertEquals(List.of(Map.of("k", "2", "j", "0"), Map.of("k", "2", "j", "1")), hits);
    }

    @Test
    void comprehensionVariablesWithoutItsIterator() {
        String code = """
                        def f(m):
                            return [y * m
                                    for y in range(2)]
                        f(5)
                        """;
        List<Map<String, String>> hits = suspend(code, 2, DebuggerScopeTest::topVariables);
        // The breakpoint suspends in f (before the comprehension runs) and in the comprehension's element.
        assertEquals(Map.of("m", "5"), hits.get(0));
        assertEquals(Map.of("y", "0", "m", "5"), hits.get(1));
    }

    @Test
    void moduleLevelCodeShowsTheModuleGlobals() {
        String code = """
                        X = 42
                        name = 'hi'
                        def f():
                            pass
                        print(X)
                        later = 1
                        """;
        List<Map<String, String>> hits = suspend(code, 5, event -> {
            Map<String, String> vars = topVariables(event);
            vars.put("<scope>", event.getTopStackFrame().getScope().getName());
            return vars;
        });
        assertEquals(1, hits.size());
        Map<String, String> vars = hits.get(0);
        assertEquals("42", vars.get("X"));
        assertEquals("'hi'", vars.get("name"));
        assertEquals("<function f>", vars.get("f").replaceAll(" at 0x[0-9a-f]+", ""));
        assertNull(vars.get("later"));
        assertEquals("<module '__main__'>", vars.get("<scope>"));
    }

    @Test
    void classBodyShowsItsNamespace() {
        String code = """
                        class C:
                            a = 1
                            b = a + 1
                        """;
        List<Map<String, String>> hits = suspend(code, 3, DebuggerScopeTest::topVariables);
        assertEquals(1, hits.size());
        assertEquals("1", hits.get(0).get("a"));
        assertNull(hits.get(0).get("b"));
    }

    @Test
    void aDebuggerMayAssignALocal() {
        String code = """
                        def f(a):
                            b = a + 1
                            return b * 2
                        f(1)
                        """;
        Source source = Source.newBuilder("pyjit", code, "assign.py").buildLiteral();
        try (Context context = Context.newBuilder("pyjit").option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval(source);
            Value f = context.getBindings("pyjit").getMember("f");
            try (DebuggerSession session = Debugger.find(context.getEngine()).startSession(event -> {
                DebugScope scope = event.getTopStackFrame().getScope();
                scope.getDeclaredValue("b").set(100);
            })) {
                session.install(Breakpoint.newBuilder(source.getURI()).lineIs(3).build());
                assertEquals(200, f.execute(1).asLong());
            }
        }
    }
}
