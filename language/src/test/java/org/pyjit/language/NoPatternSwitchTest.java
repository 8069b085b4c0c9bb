package org.pyjit.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The language's classes link no call site through {@code SwitchBootstraps} (a switch with type
 * patterns): the JDK's AOT cache cannot archive such a site, so every process would bootstrap it
 * again, spinning a hidden class, 1 to 20 ms each in a cold JVM (see PyAstChildren).
 */
class NoPatternSwitchTest {
    private static final byte[] BOOTSTRAPS = "java/lang/runtime/SwitchBootstraps".getBytes(StandardCharsets.UTF_8);

    @Test
    void noClassUsesSwitchBootstraps() throws Exception {
        Path location = Path.of(PyLanguage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = new ArrayList<>();
        int classes = 0;
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    classes++;
                    if (contains(Files.readAllBytes(file), BOOTSTRAPS)) {
                        offenders.add(location.relativize(file).toString());
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (entry.getName().endsWith(".class")) {
                        classes++;
                        if (contains(read(jar, entry), BOOTSTRAPS)) {
                            offenders.add(entry.getName());
                        }
                    }
                }
            }
        }
        assertTrue(classes > 100, "found only " + classes + " classes under " + location);
        assertEquals(List.of(), offenders, "classes with a pattern switch (use instanceof tests)");
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
