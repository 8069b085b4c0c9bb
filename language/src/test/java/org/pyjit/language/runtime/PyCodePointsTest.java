package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Python counts code points, Java UTF-16 units: characters above U+FFFF must count once. */
public class PyCodePointsTest {
    private static final String S = "a\uD83D\uDE00b\uD834\uDD1Ec";

    @Test
    public void lengthAndIndex() {
        assertEquals(5, PyCodePoints.length(S));
        assertFalse(PyCodePoints.isBmpOnly(S));
        assertEquals("\uD83D\uDE00", PyCodePoints.charAt(S, 1, false));
        assertEquals("\uD834\uDD1E", PyCodePoints.charAt(S, 3, false));
        assertEquals("c", PyCodePoints.charAt(S, 4, false));
        assertEquals(2, PyCodePoints.toCodePointIndex(S, 3));
        assertEquals(3, PyCodePoints.toJavaIndex(S, 2));
    }

    @Test
    public void bmpStringsKeepJavaPositions() {
        String plain = "just a plain, fairly long ASCII string";
        assertTrue(PyCodePoints.isBmpOnly(plain));
        assertTrue(PyCodePoints.isBmpOnly(plain));
        assertEquals(plain.length(), PyCodePoints.length(plain));
        // A lone surrogate (chr(0xd800)) is one character.
        assertEquals(2, PyCodePoints.length("\uD800x"));
    }

    @Test
    public void slices() {
        assertEquals("c\uD834\uDD1Eb\uD83D\uDE00a", PyCodePoints.slice(S, new PySlice(PyNone.NONE, PyNone.NONE, -1L).indices(5)));
        assertEquals("\uD83D\uDE00b\uD834\uDD1E", PyCodePoints.slice(S, new PySlice(1L, 4L, PyNone.NONE).indices(5)));
    }
}
