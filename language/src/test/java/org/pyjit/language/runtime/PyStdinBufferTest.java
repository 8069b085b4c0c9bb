package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Lines, sized reads and the rest of the input across the buffer's refills, moves and growth. */
class PyStdinBufferTest {
    /** Gives at most {@code chunk} bytes per read, as a pipe or a terminal may. */
    private static PyStdinBuffer buffer(String text, int chunk) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        return new PyStdinBuffer(in, () -> {
        });
    }

    @Test
    void linesAcrossSmallReads() {
        for (int chunk : new int[]{1, 2, 3, 7, 1 << 20}) {
            PyStdinBuffer b = buffer("ab\n\nc\u00e9\u20ac\ud83d\ude00\nlast", chunk);
            assertEquals("ab\n", b.readLine(true));
            assertEquals("", b.readLine(false));
            assertEquals("c\u00e9\u20ac\ud83d\ude00", b.readLine(false));
            assertEquals("last", b.readLine(true));
            assertNull(b.readLine(true));
            assertEquals("", b.readAll());
        }
    }

    @Test
    void lineLongerThanTheBuffer() {
        String longLine = "x".repeat(200_000) + "\u00e9";
        PyStdinBuffer b = buffer(longLine + "\nnext\n", 5000);
        assertEquals(longLine + "\n", b.readLine(true));
        assertEquals("next", b.readLine(false));
        assertNull(b.readLine(false));
    }

    @Test
    void sizedReadsCountCharacters() {
        for (int chunk : new int[]{1, 2, 5, 1 << 20}) {
            PyStdinBuffer b = buffer("\u00e9\u20acz\ud83d\ude00ab\ncd\nrest", chunk);
            assertEquals("\u00e9\u20ac", b.readChars(2, false));
            assertEquals("z\ud83d\ude00a", b.readChars(3, true));
            assertEquals("b\n", b.readChars(10, true));
            assertEquals("c", b.readChars(1, true));
            assertEquals("d\nrest", b.readAll());
            assertEquals("", b.readChars(4, false));
        }
    }

    @Test
    void theRestAfterALine() {
        String rest = "y".repeat(150_000);
        PyStdinBuffer b = buffer("first\n" + rest, 4096);
        assertEquals("first", b.readLine(false));
        assertEquals(rest, b.readAll());
        assertNull(b.readLine(true));
    }
}
