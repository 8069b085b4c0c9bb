package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.parser.PyParser;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.MaterializedFrame;

/** Loops lowered from source and run natively on a frame, without the tier-1 hook: results and side exits. */
class LoopCompilerTest {
    private static JitTestSupport support;
    private static PyJit jit;

    @BeforeAll
    static void enter() {
        support = new JitTestSupport();
        jit = new PyJit(support.env, true, 0, true, false, 1 << 24);
    }

    @AfterAll
    static void leave() {
        jit.close();
        support.close();
    }

    /** A frame with a slot per name of {@code code}, the hidden range slots, and the given values. */
    private record Case(PyAst.Stmt loop, MaterializedFrame frame, Map<String, Integer> slots, int[] range) {
        Object get(String name) {
            return frame.getValue(slots.get(name));
        }
    }

    private static Case prepare(String code, Map<String, Object> values, long rangeStart, long rangeLength, long rangeStep) {
        PyAst.Module module = PyParser.parseModule(code, "<test>");
        PyAst.Stmt loop = module.body().get(0);
        Set<String> names = new LinkedHashSet<>();
        collect(module, names);
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder();
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (String n : names) {
            slots.put(n, b.addSlot(FrameSlotKind.Illegal, n, null));
        }
        int[] range = null;
        if (loop instanceof PyAst.For) {
            range = new int[]{b.addSlot(FrameSlotKind.Illegal, "<for-counter>", null), b.addSlot(FrameSlotKind.Illegal, "<for-remaining>", null),
                            b.addSlot(FrameSlotKind.Illegal, "<for-step>", null)};
        }
        MaterializedFrame frame = Truffle.getRuntime().createMaterializedFrame(new Object[0], b.build());
        for (Map.Entry<String, Object> e : values.entrySet()) {
            int s = slots.get(e.getKey());
            switch (e.getValue()) {
                case Long l -> frame.setLong(s, l);
                case Double d -> frame.setDouble(s, d);
                case Boolean z -> frame.setBoolean(s, z);
                default -> frame.setObject(s, e.getValue());
            }
        }
        if (range != null) {
            frame.setLong(range[0], rangeStart);
            frame.setLong(range[1], rangeLength);
            frame.setLong(range[2], rangeStep);
        }
        return new Case(loop, frame, slots, range);
    }

    private static void collect(PyAst.Node node, Set<String> names) {
        if (node instanceof PyAst.Name n && !n.id().equals("range")) {
            names.add(n.id());
        }
        PyAstChildren.forEach(node, c -> collect(c, names));
    }

    private static LoopRegion compile(Case c) {
        return LoopJit.compileLoop(jit, c.loop(), c.frame(), c.range(), false, "test", System.nanoTime(), null, null);
    }

    @Test
    void nestedIntegerLoopsOfTheLoopsBenchmark() {
        String code = """
                        for i in range(n):
                            for j in range(n):
                                k = (i * 7 + j * 13) % 17
                                if k == 0:
                                    total += i
                                elif k < 5:
                                    total -= j
                                elif k % 2 == 0:
                                    total += k * 3
                                else:
                                    odd += 1
                        """;
        long n = 150;
        Case c = prepare(code, Map.of("n", n, "total", 0L, "odd", 0L), 0, n, 1);
        LoopRegion r = compile(c);
        assertNotNull(r);
        assertEquals(LoopRegion.DONE, r.run(jit, null, c.frame(), 1000));
        long total = 0;
        long odd = 0;
        for (long i = 0; i < n; i++) {
            for (long j = 0; j < n; j++) {
                long k = (i * 7 + j * 13) % 17;
                if (k == 0) {
                    total += i;
                } else if (k < 5) {
                    total -= j;
                } else if (k % 2 == 0) {
                    total += k * 3;
                } else {
                    odd += 1;
                }
            }
        }
        assertEquals(total, c.get("total"));
        assertEquals(odd, c.get("odd"));
        assertEquals(n - 1, c.get("i"));
        assertEquals(n - 1, c.get("j"));
        assertEquals((n + 1) * (n + 1), r.nativeWork, "iterations counted at both loop heads");
    }

    @Test
    void collatzWhileLoop() {
        String code = """
                        while x > 1:
                            if x % 2 == 0:
                                x = x // 2
                            else:
                                x = 3 * x + 1
                            m += 1
                        """;
        Case c = prepare(code, Map.of("x", 27L, "m", 0L), 0, 0, 0);
        LoopRegion r = compile(c);
        assertNotNull(r);
        assertEquals(LoopRegion.DONE, r.run(jit, null, c.frame(), 1000));
        assertEquals(1L, c.get("x"));
        assertEquals(111L, c.get("m"));
    }

    @Test
    void overflowExitsWithTheStateAtTheStartOfTheIteration() {
        String code = """
                        while i < 100:
                            i += 1
                            s = s * 3
                        """;
        Case c = prepare(code, Map.of("i", 0L, "s", 1L), 0, 0, 0);
        LoopRegion r = compile(c);
        assertEquals(LoopRegion.TIER1, r.run(jit, null, c.frame(), 1000));
        // 3**39 fits in 64 bits, 3**40 does not: the iteration that would compute it is redone by tier 1.
        assertEquals(39L, c.get("i"));
        assertEquals(4052555153018976267L, c.get("s"));
        assertEquals(1, r.exits[(int) LoopCompiler.EXIT_OVERFLOW]);
    }

    @Test
    void zeroDivisorExitsBeforeTheStatement() {
        String code = """
                        for i in range(10):
                            y = i
                            x = 10 // (5 - i)
                        """;
        Case c = prepare(code, Map.of(), 0, 10, 1);
        LoopRegion r = compile(c);
        assertNotNull(r);
        assertEquals(LoopRegion.TIER1, r.run(jit, null, c.frame(), 1000));
        // i and y are assigned before they are read: the redone iteration assigns them 5 again, so
        // they are left as the failed attempt assigned them (no snapshot). x was not reached.
        assertEquals(5L, c.get("i"));
        assertEquals(5L, c.get("y"));
        assertEquals(10L / 1, c.get("x"));
        assertEquals(5L, c.frame().getLong(c.range()[0]), "counter at the redone iteration");
        assertEquals(5L, c.frame().getLong(c.range()[1]), "remaining at the redone iteration");
    }

    @Test
    void unboundLocalsStayUnboundWhenTheFirstIterationExits() {
        String code = """
                        for i in range(3):
                            y = 7 // z
                        """;
        Case c = prepare(code, Map.of("z", 0L), 0, 3, 1);
        LoopRegion r = compile(c);
        assertEquals(LoopRegion.TIER1, r.run(jit, null, c.frame(), 1000));
        assertNull(c.get("y"));
        // Bound by the failed attempt, as the redone iteration binds it before the division.
        assertEquals(0L, c.get("i"));
    }

    @Test
    void floatsBreakContinueAndElse() {
        String code = """
                        while i < limit and tr + ti <= 4.0:
                            zi = 2.0 * zr * zi + ci
                            zr = tr - ti + cr
                            tr = zr * zr
                            ti = zi * zi
                            i += 1
                        """;
        Case c = prepare(code, Map.of("i", 0L, "limit", 50L, "tr", 0.0, "ti", 0.0, "zr", 0.0, "zi", 0.0, "cr", -0.5, "ci", 0.25), 0, 0, 0);
        LoopRegion r = compile(c);
        assertEquals(LoopRegion.DONE, r.run(jit, null, c.frame(), 1000));
        double zr = 0, zi = 0, tr = 0, ti = 0;
        long i = 0;
        while (i < 50 && tr + ti <= 4.0) {
            zi = 2.0 * zr * zi + 0.25;
            zr = tr - ti + -0.5;
            tr = zr * zr;
            ti = zi * zi;
            i++;
        }
        assertEquals(i, c.get("i"));
        assertEquals(zr, c.get("zr"));
        assertEquals(ti, c.get("ti"));

        String code2 = """
                        for i in range(100):
                            if i % 3 == 0:
                                continue
                            for j in range(10, 0, -2):
                                s += j
                            else:
                                e += 1
                            if s > 500:
                                break
                            t = s > 100 or i < 0
                        """;
        Case c2 = prepare(code2, Map.of("s", 0L, "e", 0L), 0, 100, 1);
        LoopRegion r2 = compile(c2);
        assertEquals(LoopRegion.BROKE, r2.run(jit, null, c2.frame(), 1000));
        // CPython 3.11 ends with i=25 s=510 e=17 t=True.
        assertEquals(25L, c2.get("i"));
        assertEquals(510L, c2.get("s"));
        assertEquals(17L, c2.get("e"));
        assertEquals(true, c2.get("t"));
    }

    @Test
    void loopsTouchingObjectsOrChangingTypesAreNotCompiled() {
        assertNull(compile(prepare("while i < 3:\n    i = i + 0.5\n", Map.of("i", 0L), 0, 0, 0)));
        assertNull(compile(prepare("while i < 3:\n    print(i)\n", Map.of("i", 0L), 0, 0, 0)));
        assertNull(compile(prepare("while i < 3:\n    i += 1\n", Map.of("i", "x"), 0, 0, 0)));
        assertNull(compile(prepare("while i < 3:\n    i += w\n    w = 1\n", Map.of("i", 0L), 0, 0, 0)));
    }
}
