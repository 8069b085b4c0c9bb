package org.pyjit.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

/**
 * Where CPython 3.11 stops a deeply nested program: each pair is the largest nesting it accepts
 * (or refuses only in the compiler) and the smallest it refuses, measured with {@code python3}.
 */
public class PyNestingLimitsTest {

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    /** "ok", "RecursionError" or "MemoryError": how far CPython gets with the module. */
    private static String outcome(String source) {
        try {
            PyParser.parseModule(source, "t.py");
            return "ok";
        } catch (PyNestingLimits.Exceeded e) {
            return e.isMemoryError() ? "MemoryError" : "RecursionError";
        }
    }

    private static void assertStep(IntFunction<String> program, int n, String below, String at) {
        assertEquals(below, outcome(program.apply(n - 1)), "n = " + (n - 1));
        assertEquals(at, outcome(program.apply(n)), "n = " + n);
    }

    @Test
    void compilerRefusesMoreThan3000NestedStatementsAndExpressions() {
        assertStep(n -> "x = " + repeat("-", n) + "1\n", 2999, "ok", "RecursionError");
        assertStep(n -> "x = 1" + repeat(" + 1", n) + "\n", 2999, "ok", "RecursionError");
        assertStep(n -> "def f():\n    return " + repeat("not ", n) + "1\n", 2998, "ok", "RecursionError");
    }

    @Test
    void longOperatorChainsNeverOverflowTheStack() {
        assertEquals("RecursionError", outcome("x = 1" + repeat("+1", 200_000) + "\n"));
        assertEquals("RecursionError", outcome("x = a" + repeat(".b", 200_000) + "\n"));
        assertEquals("RecursionError", outcome("x = f" + repeat("()", 200_000) + "\n"));
    }

    @Test
    void parserGivesUpAt6000Levels() {
        assertStep(n -> "x = " + repeat("-", n) + "1\n", 5968, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("not ", n) + "1\n", 5968, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("1 if 1 else ", n) + "1\n", 5968, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("lambda: ", n) + "1\n", 2984, "ok", "MemoryError");
        assertStep(n -> "x = " + repeat("1**", n) + "1\n", 2984, "ok", "MemoryError");
        assertStep(n -> "x = " + repeat("-1**", n) + "1\n", 1990, "RecursionError", "MemoryError");
        assertStep(n -> "x = 1 < " + repeat("-", n) + "1\n", 5965, "RecursionError", "MemoryError");
        assertStep(n -> "def f():\n    if 1:\n        return " + repeat("-", n) + "1\n", 5956, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("(", 50) + repeat("-", n) + "1" + repeat(")", 50) + "\n", 4586, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("[", 50) + repeat("-", n) + "1" + repeat("]", 50) + "\n", 4536, "RecursionError", "MemoryError");
        assertStep(n -> "x = " + repeat("abs(", 50) + repeat("-", n) + "1" + repeat(")", 50) + "\n", 4786, "RecursionError", "MemoryError");
    }

    @Test
    void hugeNestingIsAMemoryErrorNotAStackOverflow() {
        assertEquals("MemoryError", outcome("x = " + repeat("-", 1_000_000) + "1\n"));
        assertEquals("MemoryError", outcome("x = " + repeat("lambda: ", 200_000) + "1\n"));
        assertThrows(PySyntaxError.class, () -> PyParser.parseModule("x = " + repeat("(", 100_000) + "1" + repeat(")", 100_000) + "\n", "t.py"));
    }
}
