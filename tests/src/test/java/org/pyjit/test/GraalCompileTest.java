package org.pyjit.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The programs of {@code golden/graal-subset.txt} run with the Graal compiler compiling every call
 * target at its first call, in the foreground, and throwing on a compilation failure: a partial
 * evaluation problem (a missing {@code @TruffleBoundary}, a non-constant node field, ...) fails the
 * test. Only meaningful in the surefire execution {@code graal} of tests/pom.xml, which starts the JVM
 * with JVMCI and the compiler jars; the default execution excludes this class.
 */
class GraalCompileTest extends GoldenTestSupport {
    static final Map<String, String> COMPILE_OPTIONS = new LinkedHashMap<>();

    static {
        COMPILE_OPTIONS.put("engine.CompileImmediately", "true");
        COMPILE_OPTIONS.put("engine.BackgroundCompilation", "false");
        COMPILE_OPTIONS.put("engine.CompilationFailureAction", "Throw");
    }

    @TestFactory
    Stream<DynamicTest> graalCompiled() {
        Set<String> subset = GoldenCorpus.readList("graal-subset.txt").keySet();
        List<GoldenProgram> programs = GoldenCorpus.programs().stream().filter(p -> subset.contains(p.id())).toList();
        DynamicTest listCheck = DynamicTest.dynamicTest("graal-subset.txt lists existing programs", () -> checkListed(subset, "graal-subset.txt"));
        DynamicTest compilerCheck = DynamicTest.dynamicTest("the Graal compiler is active", GraalCompileTest::checkOptimizingRuntime);
        return Stream.concat(Stream.of(listCheck, compilerCheck), tests(programs, COMPILE_OPTIONS));
    }

    /**
     * Truffle speculates on the class a call target returns: a generator body must not return its
     * yielded int and then something else when it finishes, or every generator that runs out throws
     * its compiled body away (a recompilation each).
     */
    @Test
    void finishingGeneratorsKeepTheirCompiledBody(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, """
                        def count(n):
                            i = 0
                            while i < n:
                                yield i
                                i += 1
                        for k in range(5):
                            print(sum(count(100 + k)))
                        """, "engine.CompileImmediately", "true", "pyjit.JIT", "false");
        assertEquals("4950\n5050\n5151\n5253\n5356\n", run.out());
        String trace = run.trace();
        assertFalse(trace.contains("Profiled Return Type"), trace);
    }

    /** A function whose loop tier 2 runs, called five times (it stays in tier 1: it returns a string). */
    private static final String NATIVE_LOOP_PROGRAM = """
                    def total(n, label):
                        t = 0
                        for i in range(n):
                            t += i
                        return label + str(t)
                    for k in range(5):
                        print(total(100000 + k, "t="))
                    """;
    private static final String NATIVE_LOOP_OUTPUT = "t=4999950000\nt=5000050000\nt=5000150001\nt=5000250003\nt=5000350006\n";
    /** The compilation trace's line of a finished compilation of {@code total}. */
    private static final String TOTAL_COMPILED = "(?s).*opt done +engine=\\d+ +id=\\d+ +total .*";

    /**
     * Tiering: a loop that runs natively (tier 2) still makes its function hot for Graal, whose code
     * then takes over the later calls; a function entered five times would otherwise never compile.
     */
    @Test
    void nativeLoopIterationsMakeTheirFunctionHotForGraal(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, NATIVE_LOOP_PROGRAM, "pyjit.JIT", "true", "pyjit.JITThreshold", "0", "pyjit.JITStats", "true");
        assertEquals(NATIVE_LOOP_OUTPUT, run.out());
        String trace = run.trace();
        assertTrue(trace.matches(TOTAL_COMPILED), trace);
    }

    /**
     * The other tiering policy ({@code --pyjit.JITInLastTier=true}): the region serves every tier, so
     * its iterations do not make the function hot for Graal, and every call runs the loop natively.
     */
    @Test
    void regionsServingTheLastTierLeaveTheirFunctionToTier2(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, NATIVE_LOOP_PROGRAM, "pyjit.JIT", "true", "pyjit.JITThreshold", "0", "pyjit.JITInLastTier", "true");
        assertEquals(NATIVE_LOOP_OUTPUT, run.out());
        String trace = run.trace();
        assertFalse(trace.matches(TOTAL_COMPILED), trace);
    }

    /**
     * A loop that makes lists (slices, concatenations) serves Graal's last tier too (its code makes
     * them through calls into the runtime, slower than the region), so its iterations do not make
     * the function hot: a function entered five times stays with tier 2, every call entering the
     * region.
     */
    @Test
    void loopsMakingListsServeTheLastTierToo(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, listLoopProgram("len(xs) - 1", "t += sum(xs[i:i + 2]) * len(xs[:i % 3] + xs[:1])"),
                        "pyjit.JIT", "true", "pyjit.JITThreshold", "0", "pyjit.JITStats", "true");
        assertEquals("t=19999733341\nt=19999733359\nt=19999733384\nt=19999733400\nt=19999733409\n", run.out());
        assertFalse(run.trace().matches(TOTAL_COMPILED), run.trace());
        assertEquals(5, regionEntries(run.err(), "total:3"), run.err());
    }

    /**
     * A loop that only reads list items is Graal's, as a loop of numbers is: its code reads an item
     * with one check of the list's form, so the native iterations make the function hot.
     */
    @Test
    void loopsReadingListItemsGoToGraal(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, listLoopProgram("len(xs)", "t += xs[i]"), "pyjit.JIT", "true", "pyjit.JITThreshold", "0", "pyjit.JITStats", "true");
        assertEquals("t=4999950007\nt=4999950013\nt=4999950018\nt=4999950022\nt=4999950025\n", run.out());
        assertTrue(run.trace().matches(TOTAL_COMPILED), run.trace());
    }

    /** {@code total(xs)}, a loop {@code for i in range(RANGE): STEP} over a list of 100,000 ints, called five times. */
    private static String listLoopProgram(String range, String step) {
        return """
                        def total(xs, label):
                            t = 0
                            for i in range(RANGE):
                                STEP
                            return label + str(t)
                        xs = list(range(100000))
                        for k in range(5):
                            xs[k] = 7
                            print(total(xs, "t="))
                        """.replace("RANGE", range).replace("STEP", step);
    }

    /**
     * A loop that calls functions over tuple trees natively serves the last tier too: Graal's code
     * of those functions would make the trees as tuples on the heap (binary_trees).
     */
    @Test
    void loopsCallingOverTreesServeTheLastTierToo(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, """
                        def build(depth):
                            if depth == 0:
                                return (None, None)
                            return (build(depth - 1), build(depth - 1))

                        def count(node):
                            left, right = node
                            if left is None:
                                return 1
                            return 1 + count(left) + count(right)

                        def walk(trees, depth, label):
                            total = 0
                            for _ in range(trees):
                                total += count(build(depth))
                            return label + str(total)

                        for k in range(5):
                            print(walk(20000 + k, 3, "nodes="))
                        """, "pyjit.JIT", "true", "pyjit.JITThreshold", "0", "pyjit.JITStats", "true");
        assertEquals("nodes=300000\nnodes=300015\nnodes=300030\nnodes=300045\nnodes=300060\n", run.out());
        assertEquals(5, regionEntries(run.err(), "walk:14"), run.err());
    }

    /**
     * A loop that makes lists, entered often for few iterations, goes back to Graal's code in the
     * last tier: entering a region costs more than those iterations (a 40-item loop called 3000
     * times, which tier 2 cannot compile as a whole function, would enter it 3000 times).
     */
    @Test
    void shortListLoopsGoBackToGraalsCode(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, """
                        def dot(a, b, number):
                            s = 0
                            for i in range(len(a)):
                                s += a[i] * len(b[:i % 3] + b[:1])
                            return s if number else str(s)
                        a = list(range(40))
                        b = [2] * 40
                        t = 0
                        for k in range(3000):
                            t += dot(a, b, True)
                        print(t, dot(a, b, False))
                        """, "pyjit.JIT", "true", "pyjit.JITStats", "true");
        assertEquals("4641000 1547\n", run.out());
        assertTrue(regionEntries(run.err(), "dot:3") < 1000, run.err());
    }

    /**
     * Lists that tier 2 pinned off-heap stay pinned when Graal's code of the same functions reads and
     * writes them (plain loads and stores, no call per item); a store of another type still unpins
     * them, and an index out of range still raises. The read sites move from object lists to pinned
     * ones in compiled code: done by a bare deoptimization that move once made Graal give scale() up
     * after 16 recompilations (the interpreter resumed before the loop, tier 2 ran it, the site never
     * changed); CompilationFailureAction=Throw turns such a loop into a failure here.
     */
    @Test
    void compiledCodeReadsAndWritesPinnedLists(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        // 80 items: more than PyList.SMALL_PINNED, so no read site moves them back to the heap; the
        // regions' exits do for their first 100 entries (CompiledRegion.unpinSmallLists), then they stay pinned.
        Traced run = runTraced(dir, pinnedListsProgram(20), "engine.CompilationFailureAction", "Throw", "pyjit.JIT", "true", "pyjit.JITThreshold", "0");
        assertEquals("279.354852 1700 [376, 377, 378, 379] 40 1\nIndexError: list index out of range\nx 1.0007 1180591620717411303801 47\n", run.out());
        String trace = run.trace();
        for (String fn : new String[]{"scale", "bump", "put", "at"}) {
            assertTrue(trace.matches("(?s).*opt done +engine=\\d+ +id=\\d+ +" + fn + " .*"), fn + " was not compiled:\n" + trace);
        }
    }

    /**
     * Lists of a few items go back to the heap when compiled code meets them pinned (regions pin them
     * again on entry): the same program with lists of four.
     */
    @Test
    void compiledCodeUnpinsSmallLists(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, pinnedListsProgram(1), "engine.CompilationFailureAction", "Throw", "pyjit.JIT", "true", "pyjit.JITThreshold", "0");
        assertEquals("6.003002 1510 [376, 377, 378, 379] 2 1\nIndexError: list index out of range\nx 1.0007 1180591620717411303801 9\n", run.out());
    }

    /**
     * A function Graal compiled reading a small list in its heap form keeps its code when a region
     * pins the list: the list goes back to the heap, where a second form (and an invalidation to
     * learn it) would make every read check both. The region moves it back as it exits, so that the
     * compiled code does not meet it pinned and leave itself to move it (a deoptimization).
     */
    @Test
    void smallPinnedListsKeepOneFormInCompiledCode(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, pinnedBetweenReads("xs[0] * xs[0] + xs[1] * xs[1]", "[1.0 + r, 2.0]", 300),
                        "engine.CompileImmediately", "true", "pyjit.JIT", "true", "pyjit.JITThreshold", "0");
        assertEquals("11307812.5\n", run.out());
        assertCodeKept(run, "reader");
    }

    /**
     * The same with a list of 300 items, more than a read site moves back: the region's exit does, so
     * that the compiled reader does not learn the pinned form (an invalidation, and two checks per
     * read from then on).
     */
    @Test
    void listsPinnedByARegionGoBackAtItsExit(@TempDir Path dir) throws Exception {
        assumeTrue(optimizing(), "needs the Graal compiler (the graal execution)");
        Traced run = runTraced(dir, pinnedBetweenReads("xs[0] + xs[1] + xs[-1]", "[1.0 + r] * 300", 60),
                        "engine.CompileImmediately", "true", "pyjit.JIT", "true", "pyjit.JITThreshold", "0");
        assertEquals("8235.0\n", run.out());
        assertCodeKept(run, "reader");
    }

    /**
     * {@code rounds} times a new list {@code made} (of r), read by the function {@code reader}, whose
     * body returns {@code value}, before and after the loop region of {@code scale} pins it.
     */
    private static String pinnedBetweenReads(String value, String made, int rounds) {
        return """
                        def reader(xs):
                            return VALUE

                        def scale(xs, f):
                            for i in range(len(xs)):
                                xs[i] = xs[i] * f

                        t = 0.0
                        for r in range(ROUNDS):
                            v = MADE
                            t += reader(v)
                            scale(v, 0.5)
                            t += reader(v)
                        print(t)
                        """.replace("VALUE", value).replace("MADE", made).replace("ROUNDS", Integer.toString(rounds));
    }

    /** Graal compiled {@code fn}, and its code neither was invalidated nor left by a deoptimization. */
    private static void assertCodeKept(Traced run, String fn) {
        assertTrue(run.trace().matches("(?s).*opt done +engine=\\d+ +id=\\d+ +" + fn + " .*"), run.trace());
        assertFalse(run.trace().matches("(?s).*opt (inval\\.|deopt) +engine=\\d+ +id=\\d+ +" + fn + " .*"), run.trace());
    }

    /** Functions over lists of floats, ints and bools, {@code 4 * rep} items each, called from a loop. */
    private static String pinnedListsProgram(int rep) {
        return """
                        def scale(xs, f):
                            for i in range(len(xs)):
                                xs[i] = xs[i] * f
                            return xs[0]

                        def total(xs):
                            s = 0
                            for i in range(len(xs)):
                                s += xs[i]
                            return s

                        def bump(xs, k):
                            xs[k] += 1
                            return xs[k] + xs[-1]

                        def put(xs, k, v):
                            xs[k] = v

                        def at(xs, k):
                            return xs[k] * 2

                        floats = [1.5, 2.5, 3.5, 4.5] * REP
                        ints = [1, 2, 3, 4] * REP
                        flags = [True, False, True, False] * REP
                        for r in range(1500):
                            scale(floats, 1.0001)
                            total(ints)
                            total(flags)
                            bump(ints, r % 4)
                            bump(floats, r % 4)
                            put(floats, r % 4, floats[r % 4] * 0.5)
                            t = total(floats) + at(floats, r % 4 - 4)
                        print(round(t, 6), total(ints), ints[:4], total(flags), flags[0] + flags[-1])
                        try:
                            at(floats, 4 * REP)
                        except IndexError as e:
                            print("IndexError:", e)
                        put(floats, 2, "x")
                        put(ints, 0, 2 ** 70)
                        put(flags, 1, 7)
                        print(floats[2], round(floats[0], 6), ints[0] + ints[1], total(flags))
                        """.replace("REP", Integer.toString(rep));
    }

    /** How often the loop region at {@code location} (function:line) was entered, from JITStats' report. */
    private static int regionEntries(String stats, String location) {
        Matcher m = Pattern.compile(Pattern.quote(location) + " \\(for\\): .*; entries (\\d+),").matcher(stats);
        assertTrue(m.find(), stats);
        return Integer.parseInt(m.group(1));
    }

    /** What {@link #runTraced} gives: the program's output and the compilation trace. */
    private record Traced(String out, String trace, String err) {
    }

    /**
     * Runs {@code program} with compilations in the foreground, traced to a file, and the options
     * given as name, value pairs.
     */
    private static Traced runTraced(Path dir, String program, String... options) throws Exception {
        Path log = dir.resolve("compilation.log");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder("pyjit").out(out).err(err).allowExperimentalOptions(true).allowNativeAccess(true)
                        .option("engine.BackgroundCompilation", "false").option("engine.TraceCompilation", "true").option("log.file", log.toString());
        for (int i = 0; i < options.length; i += 2) {
            builder.option(options[i], options[i + 1]);
        }
        try (Context context = builder.build()) {
            context.eval("pyjit", program);
        }
        return new Traced(out.toString(StandardCharsets.UTF_8), Files.readString(log), err.toString(StandardCharsets.UTF_8));
    }

    /** Without JVMCI Truffle silently falls back to interpreting, which would make this class test nothing. */
    private static void checkOptimizingRuntime() {
        assertTrue(optimizing(), "the JVM runs Truffle without the Graal compiler (check the argLine of the graal execution)");
    }

    private static boolean optimizing() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            return !"Interpreted".equals(engine.getImplementationName());
        }
    }
}
