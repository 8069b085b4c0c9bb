package org.pyjit.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the corpus: the directory is the system property {@code pyjit.golden.dir} (surefire sets it
 * to {@code src/test/resources/golden}); list files ({@code known-failures.txt},
 * {@code graal-subset.txt}) hold one {@code AREA/NAME} per line, optionally followed by whitespace
 * and a reason; {@code #} starts a comment.
 */
final class GoldenCorpus {
    private GoldenCorpus() {
    }

    static Path directory() {
        String dir = System.getProperty("pyjit.golden.dir", "src/test/resources/golden");
        return Paths.get(dir).toAbsolutePath().normalize();
    }

    static List<GoldenProgram> programs() {
        Path root = directory();
        List<GoldenProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.getFileName().toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(p -> {
                String area = root.relativize(p.getParent()).toString().replace('\\', '/');
                String fileName = p.getFileName().toString();
                programs.add(new GoldenProgram(area, fileName.substring(0, fileName.length() - 3), p));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the golden corpus in " + root, e);
        }
        if (programs.isEmpty()) {
            throw new IllegalStateException("no programs found in " + root + " (set -Dpyjit.golden.dir)");
        }
        return programs;
    }

    /** AREA/NAME to reason (empty when none was given); an absent file is an empty list. */
    static Map<String, String> readList(String fileName) {
        Path file = directory().resolve(fileName);
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\\s+", 2);
                entries.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
