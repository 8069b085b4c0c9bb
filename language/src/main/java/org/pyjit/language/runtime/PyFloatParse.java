package org.pyjit.language.runtime;

import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** float(str) with Python's syntax (underscores between digits, inf/nan words) rather than Java's. */
public final class PyFloatParse {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d(_?\\d)*(\\.(\\d(_?\\d)*)?)?|\\.\\d(_?\\d)*)([eE][+-]?\\d(_?\\d)*)?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    private PyFloatParse() {
    }

    @TruffleBoundary
    public static double parse(String original) {
        String s = asciiDigits(PyStrings.stripWhitespace(original));
        if (NUMBER.matcher(s).matches()) {
            return Double.parseDouble(s.replace("_", ""));
        }
        if (SPECIAL.matcher(s).matches()) {
            boolean neg = s.charAt(0) == '-';
            if (s.toLowerCase().endsWith("nan")) {
                return Double.NaN;
            }
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        throw PyErrors.valueError("could not convert string to float: " + PyStrings.repr(original));
    }

    /** Any Unicode decimal digit as its ASCII digit, as CPython reads them ('١٢٣' is 123.0). */
    private static String asciiDigits(String s) {
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
}
