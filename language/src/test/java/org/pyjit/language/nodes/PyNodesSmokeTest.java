package org.pyjit.language.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** Runs small programs end to end through the polyglot API and checks what they print. */
public class PyNodesSmokeTest {

    private static String[] run(String code) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String traceback = "";
        try (Context context = Context.newBuilder("pyjit").out(out).err(err).arguments("pyjit", new String[]{"test.py"})
                        .option("engine.WarnInterpreterOnly", "false").build()) {
            try {
                context.eval(Source.newBuilder("pyjit", code, "test.py").buildLiteral());
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    traceback = "exit " + e.getExitStatus();
                } else {
                    traceback = e.getGuestObject().getMember("__pyjit_traceback__").asString();
                }
            }
        }
        return new String[]{out.toString(StandardCharsets.UTF_8), traceback + err.toString(StandardCharsets.UTF_8)};
    }

    private static void check(String code, String expected) {
        String[] r = run(code);
        assertEquals(expected, r[0], "stderr: " + r[1]);
    }

    @Test
    public void arithmeticAndPrint() {
        check("x = 7\ny = x * 6\nprint(y, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4)\n", "42 3 -4 -2 1024 0.25\n");
        check("print(2 ** 64, 9223372036854775807 + 1)\n", "18446744073709551616 9223372036854775808\n");
    }

    @Test
    public void controlFlow() {
        check("t = 0\nfor i in range(10):\n    if i % 2 == 0:\n        continue\n    t += i\nelse:\n    print('done', t)\n", "done 25\n");
        check("i = 0\nwhile True:\n    i += 1\n    if i > 5:\n        break\nprint(i)\n", "6\n");
    }

    @Test
    public void functionsAndClosures() {
        check("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(20))\n", "6765\n");
        check("def mk():\n    c = 0\n    def inc():\n        nonlocal c\n        c += 1\n        return c\n    return inc\nf = mk()\nf()\nprint(f())\n", "2\n");
        check("def f(a, b=2, *args, k=3, **kw):\n    return (a, b, args, k, kw)\nprint(f(1, 2, 3, k=4, z=5))\n", "(1, 2, (3,), 4, {'z': 5})\n");
    }

    @Test
    public void classes() {
        check("class A:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\nclass B(A):\n    def __init__(self):\n        super().__init__(5)\nprint(B().get())\n",
                        "5\n");
    }

    @Test
    public void generators() {
        check("def g(n):\n    for i in range(n):\n        yield i * i\nprint(list(g(4)), sum(x for x in range(5)))\n", "[0, 1, 4, 9] 10\n");
        check("def g():\n    x = yield 1\n    yield from range(x, x + 2)\nit = g()\nprint(next(it), it.send(10), next(it))\n", "1 10 11\n");
    }

    @Test
    public void exceptions() {
        check("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('fin')\n", "caught division by zero\nfin\n");
        String[] r = run("def f():\n    raise ValueError('bad')\nf()\n");
        assertEquals("Traceback (most recent call last):\n  File \"test.py\", line 3, in <module>\n  File \"test.py\", line 2, in f\nValueError: bad\n", r[1]);
        assertTrue(run("import sys\nsys.exit(3)\n")[1].startsWith("exit 3"));
    }
}
