package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Truffle's tools on Python code, through the standalone: they must name Python functions and lines. */
class ToolsTest {
    private static final String PROGRAM = """
                    def inner(n):
                        total = 0
                        for i in range(n):
                            total += i * i
                        return total

                    def outer():
                        s = 0
                        for k in range(300):
                            s += inner(2000)
                        return s

                    print(outer())
                    """;

    private static Path program() {
        return Standalone.pythonFile("hot_loops.py", PROGRAM);
    }

    @Test
    void cpuSamplerNamesPythonFunctionsAndLines() {
        Standalone.Result r = Standalone.pyjit("--cpusampler", "--cpusampler.Period=1", program().toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().startsWith("799400100000\n"), r.stdout());
        // A histogram row: name || total || self || file~lines:chars
        assertTrue(Pattern.compile("(?m)^ inner +\\|\\|.*\\|\\| \\S*hot_loops\\.py~1-[56]:").matcher(r.stdout()).find(), r.stdout());
        assertTrue(Pattern.compile("(?m)^ outer +\\|\\|.*\\|\\| \\S*hot_loops\\.py~7-1[12]:").matcher(r.stdout()).find(), r.stdout());
    }

    /** With tier 2 at its lowest threshold: a function or loop a tool has wrapped stays out of native code. */
    @Test
    void cpuTracerCountsCallsOfPythonFunctions() {
        Standalone.Result r = Standalone.pyjit("--cputracer", "--pyjit.JITThreshold=1", program().toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(Pattern.compile("(?m)^ inner +\\| +300 .*\\| \\S*hot_loops\\.py~1-[56]:").matcher(r.stdout()).find(), r.stdout());
        assertTrue(Pattern.compile("(?m)^ outer +\\| +1 .*\\| \\S*hot_loops\\.py~7-1[12]:").matcher(r.stdout()).find(), r.stdout());
    }

    @Test
    void coverageNamesFunctionsAndLinesNotRun() {
        Path file = Standalone.pythonFile("partly.py", """
                        def used(n):
                            if n > 5:
                                return "big"
                            return "small"

                        def never():
                            print("never")
                            return 1

                        print(used(3))
                        """);
        Standalone.Result r = Standalone.pyjit("--coverage", "--coverage.Output=lines", file.toString());
        assertEquals(0, r.status(), r.stderr());
        String expected = String.join("\n", "small",
                        "Coverage of " + file,
                        "  lines      5/8 62.5%",
                        "  statements 5/8 62.5%",
                        "  functions  1/2 50.0%",
                        "  functions: used (line 1) called, never (line 6) NOT CALLED",
                        "  lines not run: 3, 7-8",
                        "    1 + def used(n):",
                        "    2 +     if n > 5:",
                        "    3 -         return \"big\"",
                        "    4 +     return \"small\"",
                        "    5   ",
                        "    6 + def never():",
                        "    7 -     print(\"never\")",
                        "    8 -     return 1",
                        "    9   ",
                        "   10 + print(used(3))",
                        "", "");
        assertEquals(expected, r.stdout());
    }
}
