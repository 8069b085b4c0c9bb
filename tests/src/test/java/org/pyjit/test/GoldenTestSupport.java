package org.pyjit.test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;

/**
 * The checks shared by {@link GoldenTest} and {@link GraalCompileTest}.
 *
 * <p>
 * An ordinary program passes when pyjit's stdout equals {@code NAME.out}, its normalized stderr
 * (see {@link StderrNormalizer}) equals {@code NAME.err} (empty when absent) and its exit status
 * equals {@code NAME.exit} (0 when absent). The expectations are recorded from CPython 3.11 by
 * {@code python3 tests/regen-golden.py}.
 *
 * <p>
 * Programs in the area {@code unsupported/} use constructs outside the subset ({@code async},
 * {@code match}, ...), for which CPython's output cannot be the expectation. Their first line is
 * {@code # unsupported: WORD}; they pass when the exit status is 1, stdout is empty and the last
 * line of stderr starts with {@code SyntaxError:} and contains WORD.
 *
 * <p>
 * {@code golden/known-failures.txt} lists {@code AREA/NAME [reason]} entries: those programs still
 * run, a failure is reported as skipped (with the reason), and a pass is a failure, so that the list
 * cannot go stale.
 */
abstract class GoldenTestSupport {
    private static GoldenRunner runner;

    static Stream<DynamicTest> tests(List<GoldenProgram> programs, Map<String, String> extraOptions) {
        Map<String, String> knownFailures = GoldenCorpus.readList("known-failures.txt");
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("known-failures.txt lists existing programs", () -> checkListed(knownFailures.keySet(), "known-failures.txt")));
        for (GoldenProgram program : programs) {
            tests.add(DynamicTest.dynamicTest(program.id(), program.file().toUri(), () -> {
                if (runner == null) {
                    runner = new GoldenRunner(extraOptions);
                }
                String reason = knownFailures.get(program.id());
                if (reason == null) {
                    runAndCheck(program);
                    return;
                }
                try {
                    runAndCheck(program);
                } catch (TestAbortedException e) {
                    throw e;
                } catch (Throwable t) {
                    Assumptions.abort("known failure" + (reason.isEmpty() ? "" : " (" + reason + ")") + ": " + summary(t));
                }
                fail(program.id() + " is listed in known-failures.txt but passes: remove it from the list");
            }));
        }
        return tests.stream();
    }

    static void checkListed(Set<String> ids, String listName) {
        Set<String> existing = new TreeSet<>();
        for (GoldenProgram program : GoldenCorpus.programs()) {
            existing.add(program.id());
        }
        List<String> missing = ids.stream().filter(id -> !existing.contains(id)).toList();
        assertTrue(missing.isEmpty(), listName + " names programs that do not exist: " + missing);
    }

    @AfterAll
    static void closeRunner() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }

    static void runAndCheck(GoldenProgram program) throws Throwable {
        GoldenRunner.Result result = runner.run(program);
        String stderr = StderrNormalizer.normalize(result.stderr(), program.directory().toString());
        if (program.isUnsupported()) {
            checkUnsupported(program, result, stderr);
            return;
        }
        String expectedStdout = program.expectedStdout();
        if (expectedStdout == null) {
            fail(program.id() + ": no " + program.name() + ".out; record it with python3 tests/regen-golden.py");
        }
        String expectedStderr = program.expectedStderr();
        int expectedStatus = program.expectedExitStatus();
        assertAll(program.id(),
                        () -> assertEquals(expectedStderr, stderr, () -> firstDifference("stderr", expectedStderr, stderr)),
                        () -> assertEquals(expectedStdout, result.stdout(), () -> firstDifference("stdout", expectedStdout, result.stdout())),
                        () -> assertEquals(expectedStatus, result.exitStatus(), "exit status"));
    }

    private static void checkUnsupported(GoldenProgram program, GoldenRunner.Result result, String stderr) {
        String firstLine = program.code().lines().findFirst().orElse("");
        String prefix = "# unsupported:";
        if (!firstLine.startsWith(prefix)) {
            fail(program.id() + ": the first line of a program in unsupported/ must be '" + prefix + " WORD'");
        }
        String word = firstLine.substring(prefix.length()).strip();
        List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        assertAll(program.id(),
                        () -> assertTrue(last.startsWith("SyntaxError:") && last.contains(word),
                                        "the last line of stderr must start with 'SyntaxError:' and mention '" + word + "', stderr was:\n" + stderr),
                        () -> assertEquals("", result.stdout(), "stdout must be empty (nothing of the program runs)"),
                        () -> assertEquals(1, result.exitStatus(), "exit status"));
    }

    /** Points at the first differing line, because a full expected/actual pair is hard to scan. */
    static String firstDifference(String what, String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        int line = 0;
        while (line < n && e[line].equals(a[line])) {
            line++;
        }
        StringBuilder text = new StringBuilder(what).append(" differs at line ").append(line + 1).append(":\n");
        for (int i = Math.max(0, line - 2); i < line; i++) {
            text.append("    ").append(e[i]).append('\n');
        }
        text.append("  - expected: ").append(line < e.length ? "'" + e[line] + "'" : "<end>").append('\n');
        text.append("  + actual:   ").append(line < a.length ? "'" + a[line] + "'" : "<end>").append('\n');
        return text.toString();
    }

    private static String summary(Throwable t) {
        String message = String.valueOf(t.getMessage());
        return message.length() > 400 ? message.substring(0, 400) + "..." : message;
    }
}
