package org.pyjit.language.builtins;

import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's case mappings of str: each code point by its full Unicode mapping ("İ".lower() is
 * "i̇", "ß".upper() "SS", "ß".title() "Ss"), and a capital sigma lowered to a final sigma by
 * CPython's own rule (after a cased letter, not before one, case-ignorable code points skipped).
 * Java's String methods differ in exactly these places: their final-sigma rule looks at words,
 * Character's mappings are the simple ones, and there is no case folding.
 */
final class PyStrCase {
    private static final int CAPITAL_SIGMA = 0x3A3;

    private PyStrCase() {
    }

    @TruffleBoundary
    static String lower(String s) {
        if (isAscii(s)) {
            // One scan instead of three: ASCII has neither sigma nor the newer pairs below.
            return s.toLowerCase(Locale.ROOT);
        }
        if (s.indexOf(CAPITAL_SIGMA) < 0 && !hasPairNewerThanPython(s)) {
            // Java's only context-dependent lowercase mapping in the root locale is the final sigma.
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            appendLower(sb, s, i);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static String upper(String s) {
        if (!hasPairNewerThanPython(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            sb.append(mapped(c, one(c).toUpperCase(Locale.ROOT)));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) {
                appendLower(sb, s, i);
            } else if (Character.isLowerCase(c)) {
                sb.append(mapped(c, one(c).toUpperCase(Locale.ROOT)));
            } else {
                sb.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (previousCased) {
                appendLower(sb, s, i);
            } else {
                appendTitle(sb, c);
            }
            previousCased = isCased(c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            appendLower(sb, s, i);
        }
        return sb.toString();
    }

    @TruffleBoundary
    static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            appendFolded(sb, c);
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static String one(int c) {
        return new String(Character.toChars(c));
    }

    /** The full lowercase mapping of the code point at {@code i}, a capital sigma by its context. */
    private static void appendLower(StringBuilder sb, String s, int i) {
        int c = s.codePointAt(i);
        if (c == CAPITAL_SIGMA) {
            sb.append(isFinalSigma(s, i) ? 'ς' : 'σ');
        } else if (c < 0x80) {
            sb.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
        } else {
            sb.append(mapped(c, one(c).toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * The full titlecase mapping: the simple one where it exists (Character.toTitleCase falls back
     * to the uppercase one only where UnicodeData has no titlecase field), else the special
     * uppercase one with its tail lowered ("ß" to "Ss").
     */
    private static void appendTitle(StringBuilder sb, int c) {
        if (Character.isTitleCase(c)) {
            sb.appendCodePoint(c);
            return;
        }
        int t = Character.toTitleCase(c);
        if (t != c) {
            sb.append(mapped(c, one(t)));
            return;
        }
        String upper = one(c).toUpperCase(Locale.ROOT);
        int head = upper.codePointAt(0);
        int n = Character.charCount(head);
        if (upper.length() == n) {
            // Its titlecase mapping is the identity (Georgian), not its uppercase one.
            sb.appendCodePoint(c);
        } else if (!isCased(head)) {
            sb.append(upper);
        } else {
            String tail = upper.substring(n);
            // Greek with iota subscript keeps it as the combining ypogegrammeni, not a small iota.
            sb.appendCodePoint(head).append(c >= 0x1F80 && c <= 0x1FFF ? tail.replace('\u0399', '\u0345') : tail.toLowerCase(Locale.ROOT));
        }
    }

    /** Full case folding: the lowercase of the uppercase of the lowercase, but for the code points where Unicode folds otherwise. */
    private static void appendFolded(StringBuilder sb, int c) {
        if (c == 0x131 || c >= 0x13A0 && c <= 0x13F5) {
            // Dotless i folds to itself; Cherokee folds to its capital letters (they came first).
            sb.appendCodePoint(c);
        } else if (c >= 0xAB70 && c <= 0xABBF || c >= 0x13F8 && c <= 0x13FD) {
            sb.append(one(c).toUpperCase(Locale.ROOT));
        } else {
            sb.append(mapped(c, one(c).toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ')));
        }
    }

    /**
     * Java knows Unicode 16, CPython 3.11 Unicode 14: a case pair that involves a letter added
     * since (Ƛ, Ɤ, ..., Garay) does not map in CPython.
     */
    private static boolean isNewerThanPython(int c) {
        return c >= 0xA7CB && c <= 0xA7CD || c >= 0xA7DA && c <= 0xA7DC || c == 0x1C89 || c == 0x1C8A || c >= 0x10D50 && c <= 0x10D85;
    }

    private static String mapped(int c, String mapping) {
        return isNewerThanPython(c) || mapping.length() == 1 && isNewerThanPython(mapping.charAt(0)) ? one(c) : mapping;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPairNewerThanPython(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == 0x19B || ch == 0x264 || ch >= 0x1C89 && ch <= 0x1C8A || ch >= 0xA7CB && ch <= 0xA7DC || ch == 0xD803) {
                return true;
            }
        }
        return false;
    }

    /** CPython's rule: a cased letter before (case-ignorable code points skipped), none after. */
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        int before = -1;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                before = c;
                break;
            }
        }
        if (before < 0 || !isCased(before)) {
            return false;
        }
        for (j = i + 1; j < s.length();) {
            int c = s.codePointAt(j);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers, and the word-internal punctuation. */
    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL:
                return true;
            default:
                return switch (c) {
                    case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
                    default -> false;
                };
        }
    }
}
