package org.pyjit.language.runtime;

import java.math.BigInteger;

import org.pyjit.language.PyContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Helpers for Python ints (Long when it fits, else BigInteger). */
public final class PyInt {
    public static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    public static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyInt() {
    }

    /** The canonical representation: a Long whenever the value fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** True for int and bool values. */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    @TruffleBoundary
    public static BigInteger toBig(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (v instanceof BigInteger b) {
            return b;
        } else if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        throw new IllegalArgumentException("not an int");
    }

    /** An int or bool as a long; only for values known to fit. */
    public static long toLong(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        return ((Boolean) v) ? 1 : 0;
    }

    /** int → float with CPython's overflow error. */
    @TruffleBoundary
    public static double toDouble(Object v) {
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        } else if (v instanceof Double d) {
            return d;
        }
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** float → int (truncation) with CPython's errors for inf and nan. */
    @TruffleBoundary
    public static Object fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        if (d > -9.2e18 && d < 9.2e18) {
            return (long) d;
        }
        return normalize(PyFloatBits.truncate(d));
    }

    /** The digits of an int in a base (2, 8, 10, 16), with sign, without prefix. */
    @TruffleBoundary
    public static String toString(Object v, int radix) {
        if (v instanceof Long l) {
            return Long.toString(l, radix);
        } else if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        BigInteger b = (BigInteger) v;
        if (radix == 10 && b.bitLength() > MIN_STR_DIGITS_LIMIT_BITS) {
            checkStrDigits(b);
        }
        return b.toString(radix);
    }

    /** CPython's smallest limit on decimal conversions but 0 (sys.set_int_max_str_digits). */
    public static final int MIN_STR_DIGITS_LIMIT = 640;
    /** Ints of at most this many bits have at most 640 digits: no limit refuses them. */
    private static final int MIN_STR_DIGITS_LIMIT_BITS = 2126;
    private static final double LOG10_2 = 0.30102999566398120;

    private record TenPow(int exponent, BigInteger value) {
    }

    /** 10 ** limit for the last limit asked about (the exact check near the limit). */
    private static volatile TenPow tenPowLimit = new TenPow(0, BigInteger.ONE);

    /** CPython 3.11 refuses decimal conversions of ints with more digits than sys.get_int_max_str_digits(). */
    private static void checkStrDigits(BigInteger b) {
        int limit = PyContext.get(null).getIntMaxStrDigits();
        if (limit == 0) {
            return;
        }
        // the digit count lies between these bounds; only in between is it counted exactly
        long fewest = (long) ((b.bitLength() - 1) * LOG10_2) + 1;
        long most = (long) (b.bitLength() * LOG10_2) + 1;
        if (most <= limit) {
            return;
        }
        if (fewest > limit || b.abs().compareTo(tenPow(limit)) >= 0) {
            throw PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
    }

    private static BigInteger tenPow(int limit) {
        TenPow cached = tenPowLimit;
        if (cached.exponent() != limit) {
            cached = new TenPow(limit, BigInteger.TEN.pow(limit));
            tenPowLimit = cached;
        }
        return cached.value();
    }

    /** int(str, base) with CPython's accepted syntax (whitespace, sign, underscores, prefixes). */
    @TruffleBoundary
    public static Object parse(String original, int base) {
        String s = PyStrings.asciiDigits(PyStrings.stripWhitespace(original));
        int i = 0;
        int n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < n && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefBase != 0 && (base == 0 || base == prefBase)) {
                b = prefBase;
                i += 2;
                // After a prefix one underscore may precede the first digit.
                if (i < n && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            // base 0 forbids leading zeros in non-zero decimal literals.
            if (i + 1 < n && s.charAt(i) == '0') {
                for (int j = i; j < n; j++) {
                    char c = s.charAt(j);
                    if (c != '0' && c != '_') {
                        throw invalid(original, base);
                    }
                }
            }
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean lastUnderscore = true;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(original, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = c < 0x80 ? Character.digit(c, b) : -1;
            if (d < 0) {
                throw invalid(original, base);
            }
            digits.append(c);
            lastUnderscore = false;
        }
        if (digits.length() == 0 || lastUnderscore) {
            throw invalid(original, base);
        }
        if (b == 10 && digits.length() > MIN_STR_DIGITS_LIMIT) {
            int limit = PyContext.get(null).getIntMaxStrDigits();
            if (limit != 0 && digits.length() > limit) {
                throw PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: value has " + digits.length() +
                                " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        String ds = digits.toString();
        if (ds.length() <= maxLongDigits(b)) {
            long v = Long.parseLong(ds, b);
            return neg ? -v : v;
        }
        BigInteger v = new BigInteger(ds, b);
        return normalize(neg ? v.negate() : v);
    }

    /** The number of base-b digits that always fit in a long: b^n <= 2^63 - 1. */
    private static int maxLongDigits(int b) {
        int n = 0;
        long limit = Long.MAX_VALUE / b;
        for (long p = 1; p <= limit; p *= b) {
            n++;
        }
        return n;
    }

    private static PyException invalid(String s, int base) {
        return PyErrors.valueError("invalid literal for int() with base " + base + ": " + PyStrings.repr(s));
    }
}
