package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** String helpers with Python's definitions (whitespace, printable characters, repr quoting). */
public final class PyStrings {
    private PyStrings() {
    }

    public static boolean isWhitespace(int c) {
        // Printable ASCII, by far the most common, takes two comparisons: small enough for C1 to
        // inline into split's and strip's loops, which call this per character.
        if (c > ' ' && c < 0x85) {
            return false;
        }
        return isOtherWhitespace(c);
    }

    private static boolean isOtherWhitespace(int c) {
        switch (c) {
            case ' ', '\t', '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    @TruffleBoundary
    public static String stripWhitespace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isWhitespace(s.charAt(i))) {
            i++;
        }
        while (j > i && isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(i, j);
    }

    /**
     * Unicode decimal digits (Nd, also beyond the BMP) as ASCII digits, as CPython's int() and
     * float() read them first ('١٢٣' is 123); any other non-ASCII character stays, and is invalid
     * there (Java's own digit parsing would read fullwidth letters as hex digits).
     */
    @TruffleBoundary
    public static String asciiDigits(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c >= 0x80 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** Code point order, as Python compares strings. */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Python's str.isprintable() for one code point (space is printable, other separators are not). */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    @TruffleBoundary
    public static String repr(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) {
            quote = '"';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                appendEscape(sb, c);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else {
                appendEscape(sb, c);
            }
        }
        sb.append(quote);
        return sb.toString();
    }

    /** ascii(): the repr {@code r} with every non-ASCII code point escaped. */
    @TruffleBoundary
    public static String ascii(String r) {
        StringBuilder sb = new StringBuilder(r.length());
        for (int i = 0; i < r.length();) {
            int c = r.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                sb.append((char) c);
            } else {
                appendEscape(sb, c);
            }
        }
        return sb.toString();
    }

    /** Escapes code point {@code c} in the shortest hex form that holds it (x: 2 digits, u: 4, U: 8). */
    private static void appendEscape(StringBuilder sb, int c) {
        if (c <= 0xff) {
            sb.append(String.format("\\x%02x", c));
        } else if (c <= 0xffff) {
            sb.append(String.format("\\u%04x", c));
        } else {
            sb.append(String.format("\\U%08x", c));
        }
    }
}
