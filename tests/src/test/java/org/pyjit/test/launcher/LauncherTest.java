package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The standalone's bin/pyjit and bin/polyglot: arguments, exit statuses and stderr as in CPython. */
class LauncherTest {
    private static void assertResult(Standalone.Result r, int status, String stdout, String stderr) {
        assertAll(() -> assertEquals(stdout, r.stdout(), "stdout"), () -> assertEquals(stderr, r.stderr(), "stderr"),
                        () -> assertEquals(status, r.status(), "exit status"));
    }

    @Test
    void runsCodeGivenWithDashC() {
        assertResult(Standalone.pyjit("-c", "import sys; print(sys.argv, 2 ** 70)", "a", "-b"), 0,
                        "['-c', 'a', '-b'] 1180591620717411303424\n", "");
    }

    @Test
    void runsAFileWithItsArguments() {
        Path file = Standalone.pythonFile("args.py", "import sys\nprint(sys.argv[1:])\n");
        assertResult(Standalone.pyjit(file.toString(), "x", "--y"), 0, "['x', '--y']\n", "");
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsWithOne() {
        Path file = Standalone.pythonFile("boom.py", "def f():\n    return 1 // 0\nprint('before')\nf()\n");
        assertResult(Standalone.pyjit(file.toString()), 1, "before\n",
                        "Traceback (most recent call last):\n  File \"" + file + "\", line 4, in <module>\n  File \"" + file +
                                        "\", line 2, in f\nZeroDivisionError: integer division or modulo by zero\n");
    }

    @Test
    void syntaxErrorRunsNothing() {
        Path file = Standalone.pythonFile("bad.py", "print('never')\nif True\n    pass\n");
        Standalone.Result r = Standalone.pyjit(file.toString());
        assertEquals(1, r.status());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("  File \"" + file + "\", line 2\n"), r.stderr());
        assertTrue(r.stderr().endsWith("SyntaxError: expected ':'\n"), r.stderr());
    }

    @Test
    void sysExitStatus() {
        assertResult(Standalone.pyjit("-c", "import sys; sys.exit(3)"), 3, "", "");
        assertResult(Standalone.pyjit("-c", "import sys; print('x'); sys.exit()"), 0, "x\n", "");
        assertResult(Standalone.pyjit("-c", "import sys; sys.exit('bye')"), 1, "", "bye\n");
    }

    @Test
    void programFromStdinWhenItIsNotATerminal() {
        assertResult(Standalone.pyjitWithInput("print(6 * 7)\n"), 0, "42\n", "");
        assertResult(Standalone.pyjitWithInput("import sys\nprint(sys.argv)\n", "-", "arg"), 0, "['-', 'arg']\n", "");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Standalone.Result unknown = Standalone.pyjit("-Q");
        assertEquals(2, unknown.status());
        assertTrue(unknown.stderr().contains("Unknown option: -Q"), unknown.stderr());

        Standalone.Result missing = Standalone.pyjit("no-such-file.py");
        assertEquals(2, missing.status());
        assertTrue(missing.stderr().startsWith("pyjit: can't open file '") &&
                        missing.stderr().endsWith("no-such-file.py': [Errno 2] No such file or directory\n"), missing.stderr());

        Standalone.Result noCode = Standalone.pyjit("-c");
        assertEquals(2, noCode.status());
        assertTrue(noCode.stderr().contains("Argument expected for the -c option"), noCode.stderr());
    }

    @Test
    void versionAndHelp() {
        Standalone.Result version = Standalone.pyjit("--version");
        assertEquals(0, version.status());
        assertTrue(version.stdout().matches("pyjit \\S+ \\(Python 3\\.11 subset; GraalVM Truffle 25\\.\\S+\\)\n"), version.stdout());

        Standalone.Result help = Standalone.pyjit("-h");
        assertEquals(0, help.status());
        assertTrue(help.stdout().startsWith("usage: pyjit [OPTIONS]"), help.stdout());
        assertTrue(help.stdout().contains("-c CODE"), help.stdout());

        Standalone.Result tools = Standalone.pyjit("--help:tools");
        assertEquals(0, tools.status());
        for (String option : List.of("--cpusampler", "--cputracer", "--inspect", "--coverage")) {
            assertTrue(tools.stdout().contains(option), "--help:tools lists " + option);
        }
    }

    @Test
    void engineAndLanguageOptions() {
        assertResult(Standalone.pyjit("--experimental-options", "--pyjit.RecursionLimit=77", "-c", "import sys; print(sys.getrecursionlimit())"), 0,
                        "77\n", "");
        Standalone.Result unknown = Standalone.pyjit("--pyjit.NoSuchOption=1", "-c", "pass");
        assertTrue(unknown.status() != 0, "an unknown language option is refused");
    }

    @Test
    void pythonJitVariableIsAccepted() {
        for (String value : List.of("0", "1")) {
            Standalone.Result r = Standalone.run(List.of(Standalone.bin("pyjit").toString(), "-c", "print('jit', 1 + 1)"), null, Standalone.tempDir(),
                            Map.of("PYTHON_JIT", value), 120);
            assertResult(r, 0, "jit 2\n", "");
        }
    }

    @Test
    void graalCompilerIsOnByDefault() {
        Path file = Standalone.pythonFile("hot.py", "def f(n):\n    return n + 1\nfor i in range(10):\n    f(i)\nprint('done')\n");
        Standalone.Result r = Standalone.pyjit("--experimental-options", "--engine.CompileImmediately=true", "--engine.BackgroundCompilation=false",
                        "--engine.TraceCompilation=true", file.toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("done\n", r.stdout());
        assertTrue(r.stderr().contains("opt done") && r.stderr().contains("hot.py"), "Graal compiled a Python function:\n" + r.stderr());
        assertTrue(!r.stderr().contains("fallback runtime"), r.stderr());
    }

    /**
     * A loop nesting a loop with a call in it: Graal's first OSR compilation of it used to deoptimize
     * on entry (a guard that always fails, hoisted out of the loop by speculative guard movement,
     * which the launcher switches off) and was thrown away. It happens with background compilation
     * only; the loop runs long enough in the interpreter alone for the compilation to finish.
     */
    @Test
    void nestedLoopWithCallCompilesOnce() {
        Path file = Standalone.pythonFile("nested.py",
                        "def f(n):\n    t = 0\n    pieces = [1, 2]\n    for _ in range(n):\n        for _ in range(2):\n" +
                                        "            t += len(pieces)\n    return t\nprint(f(20000000))\n");
        Standalone.Result r = Standalone.pyjit("--experimental-options", "--pyjit.JIT=false", "--engine.TraceCompilation=true",
                        file.toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("80000000\n", r.stdout());
        assertTrue(r.stderr().contains("opt done") && r.stderr().contains("<OSR>"), "Graal compiled the loop:\n" + r.stderr());
        assertTrue(!r.stderr().contains("opt inval"), "no compilation was thrown away:\n" + r.stderr());
    }

    @Test
    void polyglotLauncherRunsPyjit() {
        // GraalVM's generic launcher passes only the arguments after the file to the language.
        Path file = Standalone.pythonFile("poly.py", "import sys\nprint('from polyglot', sys.argv)\n");
        Standalone.Result r = Standalone.run(List.of(Standalone.bin("polyglot").toString(), "--language", "pyjit", file.toString(), "a"), null,
                        Standalone.tempDir(), Map.of(), 120);
        assertEquals(0, r.status(), r.stderr());
        assertEquals("from polyglot ['a']\n", r.stdout());
    }

    @Test
    void backgroundJobLinksARuntimeAndRecordsTheClassCacheThatLaterRunsUse() throws Exception {
        // The only test with the cache on (Standalone sets PYJIT_AOT=0): the first run starts the job.
        Map<String, String> withCache = Map.of("PYJIT_AOT", "1");
        List<String> program = List.of(Standalone.bin("pyjit").toString(), "-c", "print(sum(range(10)))");
        assertResult(Standalone.run(program, null, Standalone.tempDir(), withCache, 120), 0, "45\n", "");

        // The job holds the lock from before the first run's JVM starts until it is done.
        Path cache = Standalone.home().resolve("cache");
        Standalone.Result wait = Standalone.run(List.of("flock", "-w", "180", cache.resolve(".pyjit-aot.lock").toString(), "true"), null,
                        Standalone.tempDir(), Map.of(), 200);
        assertEquals(0, wait.status(), "the background job still runs after 3 minutes: " + wait.stderr());
        assertTrue(Files.isExecutable(cache.resolve("pyjit-runtime/bin/java")), "linked runtime in " + cache);
        List<Path> caches;
        try (Stream<Path> files = Files.list(cache)) {
            caches = files.filter(p -> p.getFileName().toString().matches("pyjit-graal-\\d+\\.aot")).toList();
        }
        assertEquals(1, caches.size(), "one class cache for Graal mode in " + cache + ": " + describe(cache));

        // AOTMode=on turns a cache the JVM would refuse (stale, other runtime) into an error; the log
        // shows that the launcher passed it, which it does only on the linked runtime.
        Path log = Standalone.pythonFile("aot.log", "");
        Map<String, String> checked = Map.of("PYJIT_AOT", "1", "PYJIT_JAVA_OPTS", "-XX:AOTMode=on -Xlog:aot:file=" + log);
        assertResult(Standalone.run(program, null, Standalone.tempDir(), checked, 120), 0, "45\n", "");
        assertTrue(Files.readString(log).contains("Opened AOT cache " + caches.get(0)), Files.readString(log));
    }

    /** The files of the cache directory, with what a failed recording left in its marker. */
    private static String describe(Path cache) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(cache)) {
            for (Path p : files.sorted().toList()) {
                text.append('\n').append(p.getFileName());
                if (p.getFileName().toString().endsWith(".failed")) {
                    text.append(":\n").append(Files.readString(p));
                }
            }
        }
        return text.toString();
    }

    /**
     * Ctrl-C as in CPython: SIGINT raises KeyboardInterrupt where the program runs (here loops that
     * tier 2 runs natively), an except clause catches it and sees the locals and lists as tier 1
     * would have left them, and an uncaught one prints its traceback and ends the process with 130.
     */
    @Test
    void sigintRaisesKeyboardInterrupt() throws Exception {
        // A process started with SIGINT ignored (a background job) passes that on: nothing to test then.
        Assumptions.assumeFalse(sigintIgnoredHere(), "SIGINT is ignored in this test JVM");
        Path file = Standalone.pythonFile("spin.py", """
                        def count():
                            i = 0
                            a = [0, 0]
                            try:
                                while True:
                                    i += 1
                                    a[i % 2] += 1
                            except KeyboardInterrupt:
                                print("caught", a[0] + a[1] == i, flush=True)
                        def spin():
                            x = 0
                            while True:
                                x = x ^ 1
                        print("ready", flush=True)
                        count()
                        print("ready", flush=True)
                        spin()
                        """);
        ProcessBuilder pb = new ProcessBuilder(Standalone.bin("pyjit").toString(), "--pyjit.JITThreshold=0", file.toString());
        pb.environment().put("PYJIT_AOT", "0");
        Process process = pb.start();
        StringBuilder stderr = new StringBuilder();
        Thread errReader = Thread.ofPlatform().daemon().start(() -> {
            try {
                stderr.append(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                stderr.append(e);
            }
        });
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine());
            interrupt(process);
            assertEquals("caught True", out.readLine(), "the handler sees the loop's locals and list as of one iteration");
            assertEquals("ready", out.readLine());
            interrupt(process);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second SIGINT did not end the program");
        } finally {
            process.destroyForcibly();
        }
        errReader.join(10_000);
        assertEquals(130, process.exitValue(), stderr.toString());
        assertTrue(stderr.toString().startsWith("Traceback (most recent call last):\n") && stderr.toString().endsWith("in spin\nKeyboardInterrupt\n"),
                        stderr.toString());
    }

    /** Sends SIGINT after a moment, so that the program is inside its loop. */
    private static void interrupt(Process process) throws Exception {
        Thread.sleep(500);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
    }

    /** Bit 2 of SigIgn in /proc/self/status: whether this JVM (and so its children) ignores SIGINT. */
    private static boolean sigintIgnoredHere() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 2) != 0;
            }
        }
        return false;
    }
}
