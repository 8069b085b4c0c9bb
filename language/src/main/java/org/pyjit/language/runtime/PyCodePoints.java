package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python str positions are code points, Java's are UTF-16 units: a character above U+FFFF is one Python character but two
 * Java chars (a surrogate pair). Strings stay java.lang.String, so len/index/slice must translate positions whenever a string
 * holds a surrogate.
 *
 * Trade-off: whether a string holds surrogates is only known by scanning it, which would turn the O(1) {@code len(s)} and
 * {@code s[i]} into O(n). Java's compact strings hide whether a string is Latin-1, so the scan result is remembered for the
 * last few strings seen (by identity): a loop such as {@code for i in range(len(s)): s[i]} scans {@code s} once and then
 * pays one reference comparison per access. Operations that are O(n) anyway (slicing, iteration, repr) scan or step by code
 * point directly. A lone surrogate (from {@code chr(0xd800)}) counts as one character; two separately created lone halves
 * that end up adjacent read as one pair, the one place this representation differs from CPython.
 */
public final class PyCodePoints {
    private static final int CACHE_SIZE = 4;
    /** Strings recently found to have no surrogate. Racy but safe: entries are immutable strings replaced whole. */
    private static final String[] BMP_ONLY = new String[CACHE_SIZE];
    private static int nextSlot;

    private PyCodePoints() {
    }

    /** Whether every char of s is a whole character (no surrogate), so Java positions are Python positions. */
    @TruffleBoundary
    public static boolean isBmpOnly(String s) {
        if (s.length() <= 1) {
            return true;
        }
        String[] cache = BMP_ONLY;
        for (int i = 0; i < CACHE_SIZE; i++) {
            if (cache[i] == s) {
                return true;
            }
        }
        if (hasSurrogate(s)) {
            return false;
        }
        // Short strings are cheaper to rescan than to evict a long, repeatedly indexed string from the cache.
        if (s.length() >= 16) {
            int slot = nextSlot;
            cache[slot] = s;
            nextSlot = (slot + 1) % CACHE_SIZE;
        }
        return true;
    }

    /** Whether s holds a surrogate (a scan: {@link #isBmpOnly} remembers the answer for long strings). */
    public static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code v} is a str of one character (len 1): one char, or a surrogate pair. */
    public static boolean isOneCharacter(Object v) {
        return v instanceof String s && (s.length() == 1 || s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1)));
    }

    /** len(s). */
    @TruffleBoundary
    public static int length(String s) {
        return isBmpOnly(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** The Java index of code point number cp (0 <= cp <= length). */
    private static int offset(String s, int cp) {
        return s.offsetByCodePoints(0, cp);
    }

    /** s[i] for 0 <= i < len(s) (i already normalized). */
    @TruffleBoundary
    public static String charAt(String s, int i, boolean bmpOnly) {
        if (bmpOnly) {
            return String.valueOf(s.charAt(i));
        }
        int at = offset(s, i);
        return s.substring(at, at + Character.charCount(s.codePointAt(at)));
    }

    /** A slice of a string with surrogates, bounds in code points. */
    @TruffleBoundary
    public static String slice(String s, PySlice.Bounds b) {
        if (b.step() == 1) {
            if (b.length() == 0) {
                return "";
            }
            int from = offset(s, b.start());
            return s.substring(from, s.offsetByCodePoints(from, b.length()));
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(b.length());
        for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) {
            sb.appendCodePoint(cps[i]);
        }
        return sb.toString();
    }

    /** The Java chars making up the character at Java index i: one, or two for a surrogate pair. */
    public static int charCountAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
    }

    /** Code point index of Java index javaIndex (for find/index results), or javaIndex itself when s is BMP-only. */
    @TruffleBoundary
    public static int toCodePointIndex(String s, int javaIndex) {
        if (javaIndex <= 0 || isBmpOnly(s)) {
            return javaIndex;
        }
        return s.codePointCount(0, javaIndex);
    }

    /** Java index of code point index cpIndex (clamped to the string). */
    @TruffleBoundary
    public static int toJavaIndex(String s, int cpIndex) {
        if (cpIndex <= 0 || isBmpOnly(s)) {
            return cpIndex;
        }
        int n = s.codePointCount(0, s.length());
        return cpIndex >= n ? s.length() : s.offsetByCodePoints(0, cpIndex);
    }
}
