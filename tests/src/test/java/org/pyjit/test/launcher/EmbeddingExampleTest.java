package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Builds and runs examples/embedding (its own pom: polyglot + the org.pyjit:pyjit language POM) with a
 * nested Maven, against the artifacts that this build installed. The nested Maven does not take the
 * build lock: the outer build already holds it.
 */
class EmbeddingExampleTest {
    private static final String EXPECTED = """
                    Hello from Python 42
                    list: label=digits count=5 total=14
                    dict: min=1 max=5 mean=2.8 size=3
                    greeter: Hello, Python!
                    caught: ZeroDivisionError: integer division or modulo by zero (guest exception: true)
                    Traceback (most recent call last):
                      File "example.py", line 9, in fail
                    ZeroDivisionError: integer division or modulo by zero
                    from Java: 40 3 [20, 40, 60]
                    """;

    /** What the example needs from the language through interop, checked in-process first. */
    private static void assumeLanguageInterop() {
        try (Context context = Context.newBuilder("pyjit").option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("pyjit", "def f(a):\n    return [a, {'k': a}]\n");
            Value bindings = context.getBindings("pyjit");
            Assumptions.assumeTrue(bindings.hasMember("f"), "Context.getBindings(\"pyjit\") does not show module globals yet");
            Value f = bindings.getMember("f");
            Assumptions.assumeTrue(f.canExecute(), "Python functions are not executable through interop yet");
            Value result = f.execute(7);
            Assumptions.assumeTrue(result.hasArrayElements(), "Python lists are not interop arrays yet");
            Assumptions.assumeTrue(result.getArrayElement(1).hasHashEntries(), "Python dicts are not interop hashes yet");
        }
    }

    private static Path repositoryRoot() {
        return Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    }

    private static String mavenExecutable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "mvn"))) {
                return Path.of(dir, "mvn").toString();
            }
        }
        return null;
    }

    @Test
    void exampleBuildsAndRunsWithTwoDependencies() {
        assumeLanguageInterop();
        String mvn = mavenExecutable();
        Assumptions.assumeTrue(mvn != null, "mvn is not on PATH");
        Path pom = repositoryRoot().resolve("examples/embedding/pom.xml");
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        // Offline first (the outer build has downloaded everything); online only for a plugin it lacks.
        Standalone.Result r = Standalone.run(command(mvn, pom, true), null, repositoryRoot(), env, 300);
        if (r.status() != 0 && r.stdout().contains("offline")) {
            r = Standalone.run(command(mvn, pom, false), null, repositoryRoot(), env, 300);
        }
        assertEquals(0, r.status(), "the example failed:\n" + r.stdout() + r.stderr());
        // Maven may still write colour resets (ESC[0m) around the program's output.
        assertEquals(EXPECTED, r.stdout().replaceAll("\u001B\\[[0-9;]*m", "").lines().filter(l -> !l.startsWith("[") && !l.startsWith("WARNING"))
                        .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString());
    }

    private static List<String> command(String mvn, Path pom, boolean offline) {
        List<String> command = new ArrayList<>(List.of(mvn, "-B", "-q", "-Dstyle.color=never", "-f", pom.toString()));
        if (offline) {
            command.add("-o");
        }
        command.addAll(List.of("package", "exec:exec"));
        return command;
    }
}
