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
        String s = PyStrings.asciiDigits(PyStrings.stripWhitespace(original));
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
}
