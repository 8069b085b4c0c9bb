package org.pyjit.test;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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

    /** Without JVMCI Truffle silently falls back to interpreting, which would make this class test nothing. */
    private static void checkOptimizingRuntime() {
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            String name = engine.getImplementationName();
            assertNotEquals("Interpreted", name, "the JVM runs Truffle without the Graal compiler (check the argLine of the graal execution)");
        }
    }
}
