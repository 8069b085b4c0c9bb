package org.pyjit.test.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The standalone distribution built by {@code component/} ({@code mvn install} builds it before this
 * module: the tests module depends on the component), unpacked once per test JVM into a temporary
 * directory, so that every test also checks that it runs from anywhere after unpacking.
 * <p>
 * Commands run with {@code PYJIT_AOT=0} unless a test asks otherwise: the first run would otherwise
 * start the background job that links a JDK and records a class cache in the unpacked copy (~320 MB
 * and a minute of CPU per test JVM, for a speed-up no test needs); one test checks that job. The
 * temporary directories are deleted when the JVM exits.
 */
final class Standalone {
    private static Path home;
    private static final List<Path> TEMPORARY = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(Standalone::deleteTemporary));
    }

    private Standalone() {
    }

    /** The unpacked {@code pyjit-VERSION/} directory. */
    static synchronized Path home() {
        if (home == null) {
            home = unpack();
        }
        return home;
    }

    static Path bin(String command) {
        return home().resolve("bin").resolve(command);
    }

    private static Path unpack() {
        Path target = Path.of(System.getProperty("user.dir")).resolve("../component/target").normalize();
        Path tarball;
        try (Stream<Path> files = Files.list(target)) {
            tarball = files.filter(p -> p.getFileName().toString().matches("pyjit-standalone-.*-linux-amd64\\.tar\\.gz")).findFirst()
                            .orElseThrow(() -> new AssertionError("no standalone tarball in " + target + ": build with mvn install"));
        } catch (IOException e) {
            throw new AssertionError("no " + target + ": build the component with mvn install first", e);
        }
        try {
            Path dir = temporaryDirectory("pyjit-standalone-test");
            Result untar = run(List.of("tar", "xzf", tarball.toString()), null, dir, Map.of(), 120);
            assertTrue(untar.status() == 0, "tar failed: " + untar.stderr());
            try (Stream<Path> entries = Files.list(dir)) {
                Path unpacked = entries.findFirst().orElseThrow();
                assertTrue(unpacked.getFileName().toString().startsWith("pyjit-"), "the tarball unpacks to " + unpacked);
                return unpacked;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result(int status, String stdout, String stderr) {
    }

    /** Runs bin/pyjit with the arguments, from a neutral working directory. */
    static Result pyjit(String... args) {
        return pyjitWithInput(null, args);
    }

    static Result pyjitWithInput(String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add(bin("pyjit").toString());
        command.addAll(List.of(args));
        return run(command, stdin, tempDir(), Map.of(), 120);
    }

    static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Writes a Python file into a fresh temporary directory and returns its path. */
    static Path pythonFile(String name, String code) {
        try {
            Path dir = temporaryDirectory("pyjit-launcher-test");
            Path file = dir.resolve(name);
            Files.writeString(file, code);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory under java.io.tmpdir, deleted with everything in it when the JVM exits. */
    static Path temporaryDirectory(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        synchronized (TEMPORARY) {
            TEMPORARY.add(dir);
        }
        return dir;
    }

    private static void deleteTemporary() {
        synchronized (TEMPORARY) {
            for (Path dir : TEMPORARY) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    tree.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException | UncheckedIOException e) {
                    // Already gone, or being written by a process still running: leave the rest.
                }
            }
        }
    }

    /** Runs COMMAND with PYJIT_AOT=0 and ENV added to this JVM's environment (ENV wins). */
    static Result run(List<String> command, String stdin, Path cwd, Map<String, String> env, int timeoutSeconds) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().put("PYJIT_AOT", "0");
        pb.environment().putAll(env);
        try {
            Process process = pb.start();
            CompletableFuture<String> out = readAsync(process.getInputStream());
            CompletableFuture<String> err = readAsync(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One thread per stream (not the common pool: with one worker, a full stderr pipe would block stdout's reader). */
    private static CompletableFuture<String> readAsync(InputStream stream) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (stream) {
                result.complete(new String(stream.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
