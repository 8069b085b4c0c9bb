package org.pyjit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One program of the golden corpus, {@code golden/AREA/NAME.py}, with its recorded expectations:
 * {@code NAME.out} (stdout), {@code NAME.err} (normalized stderr, absent = empty), {@code NAME.exit}
 * (exit status, absent = 0) and {@code NAME.in} (stdin, absent = empty).
 */
record GoldenProgram(String area, String name, Path file) {

    /** The id used in display names, known-failures.txt and graal-subset.txt. */
    String id() {
        return area + "/" + name;
    }

    String fileName() {
        return name + ".py";
    }

    Path directory() {
        return file.getParent();
    }

    boolean isUnsupported() {
        return area.equals("unsupported");
    }

    String code() {
        return read(file);
    }

    byte[] stdin() {
        Path in = sibling(".in");
        try {
            return Files.exists(in) ? Files.readAllBytes(in) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the expectation file is missing (regen-golden.py was not run). */
    String expectedStdout() {
        Path out = sibling(".out");
        return Files.exists(out) ? read(out) : null;
    }

    String expectedStderr() {
        Path err = sibling(".err");
        return Files.exists(err) ? read(err) : "";
    }

    int expectedExitStatus() {
        Path exit = sibling(".exit");
        return Files.exists(exit) ? Integer.parseInt(read(exit).trim()) : 0;
    }

    private Path sibling(String extension) {
        return file.resolveSibling(name + extension);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
