package org.pyjit.language.parser;

import java.nio.charset.StandardCharsets;

/** Decodes the backslash escapes of a (non-raw) string literal's content. */
final class PyStringDecoder {
    private PyStringDecoder() {
    }

    /**
     * @param tokenStart/tokenEnd the literal's token range, for positioning errors (CPython puts
     *            the caret just after the literal)
     */
    static String decode(String s, PySourceText source, int tokenStart, int tokenEnd) {
        if (s.indexOf('\\') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                i += (i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\r' -> {
                    if (i < n && s.charAt(i) == '\n') {
                        i++;
                    }
                }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int count = 1;
                    while (count < 3 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i) - '0');
                        i++;
                        count++;
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    while (k < digits && i < n && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                        v = v * 16 + Character.digit(s.charAt(i), 16);
                        i++;
                        k++;
                    }
                    if (k < digits) {
                        String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw unicodeError(s, escStart, i - 1, "truncated " + what + " escape", source, tokenEnd);
                    }
                    if (v < 0 || v > 0x10FFFF) {
                        throw unicodeError(s, escStart, i - 1, "illegal Unicode character", source, tokenEnd);
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && s.charAt(i) == '{' ? s.indexOf('}', i) : -1;
                    if (close < 0 || close == i + 1) {
                        int to = close >= 0 ? close : i < n && s.charAt(i) == '{' ? n - 1 : i - 1;
                        throw unicodeError(s, escStart, to, "malformed \\N character escape", source, tokenEnd);
                    }
                    String name = s.substring(i + 1, close);
                    int cp;
                    try {
                        cp = Character.codePointOf(name);
                    } catch (IllegalArgumentException ex) {
                        cp = -1;
                    }
                    if (cp < 0) {
                        throw unicodeError(s, escStart, close, "unknown Unicode character name", source, tokenEnd);
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    // unknown escapes are kept as written (CPython only warns)
                    sb.append('\\').append(e);
                }
            }
        }
        return sb.toString();
    }

    private static PySyntaxError unicodeError(String s, int from, int to, String reason, PySourceText source, int tokenEnd) {
        int byteFrom = s.substring(0, from).getBytes(StandardCharsets.UTF_8).length;
        int byteTo = byteFrom + s.substring(from, to + 1).getBytes(StandardCharsets.UTF_8).length - 1;
        String msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + byteFrom + "-" + byteTo + ": " + reason;
        return source.syntaxError(msg, tokenEnd, tokenEnd);
    }
}
