package org.pyjit.language.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyStrings;

/**
 * The str methods that a method call site runs itself ({@code PyBuiltinFunction.Inlined}) once it
 * has checked the arguments, so that their work is code Graal compiles with the caller rather than the
 * method's own code behind a boundary, which Graal's configuration leaves to C1: lower and strip decide
 * there the common case of a str they leave as it is, split scans the characters there, and join
 * skips the builtin's generic call.
 */
public final class PyInlinedMethods {
    private PyInlinedMethods() {
    }

    /** {@code s.lower()}: s itself when it has no ASCII capital and is all ASCII. */
    public static String lower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                return PyStrCase.lower(s);
            }
        }
        return s;
    }

    /**
     * {@code s.split()}: word_freq's count_words splits every line so; behind the boundary of the
     * method's body, the scan of each character ran as C1's code.
     */
    public static PyList split(String s) {
        return PyStrMethods.splitWhitespace(s, Long.MAX_VALUE);
    }

    /** {@code sep.join(list)}: the call's arguments and the list's items passed as they are. */
    public static String join(String sep, PyList list) {
        return PyStrMethods.joinList(sep, list);
    }

    /** {@code s.strip(chars)}, chars null for {@code s.strip()}: s itself when neither end is to be stripped. */
    public static String strip(String s, String chars) {
        int n = s.length();
        if (n > 0 && !stripped(s.charAt(0), chars) && !stripped(s.charAt(n - 1), chars)) {
            return s;
        }
        return stripBehindBoundary(s, chars);
    }

    private static boolean stripped(char c, String chars) {
        if (chars == null) {
            return PyStrings.isWhitespace(c);
        }
        for (int k = 0; k < chars.length(); k++) {
            if (chars.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private static String stripBehindBoundary(String s, String chars) {
        return PyStrMethods.stripped(s, chars, true, true);
    }
}
