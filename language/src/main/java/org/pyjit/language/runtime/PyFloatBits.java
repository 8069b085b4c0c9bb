package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Exact arithmetic on a double's value {@code mantissa * 2**exponent}, with BigInteger only: the
 * first use of BigDecimal runs its static initializer, ~15 ms while the JVM still interprets it,
 * which a program paid for its first {@code f"{x:.9f}"}.
 */
public final class PyFloatBits {
    private PyFloatBits() {
    }

    /** The integer mantissa of a finite double's magnitude: |d| == mantissa(d) * 2**exponent(d). */
    public static long mantissa(double d) {
        long bits = Double.doubleToRawLongBits(d);
        long fraction = bits & ((1L << 52) - 1);
        return biasedExponent(bits) == 0 ? fraction : fraction | (1L << 52);
    }

    /** The binary exponent of a finite double: |d| == mantissa(d) * 2**exponent(d). */
    public static int exponent(double d) {
        int biased = biasedExponent(Double.doubleToRawLongBits(d));
        return (biased == 0 ? 1 : biased) - 1075;
    }

    private static int biasedExponent(long bits) {
        return (int) ((bits >>> 52) & 0x7ff);
    }

    /**
     * The double nearest {@code x / y} (half to even), as CPython's int true division gives it, or an
     * infinity when that is too large for a float. {@code y} is not zero. The quotient is rounded once,
     * from the kept bits, the next one and whether anything is left below: dividing decimal
     * approximations first rounded some ties and subnormals the other way.
     */
    @TruffleBoundary
    public static double quotient(BigInteger x, BigInteger y) {
        boolean negative = (x.signum() < 0) != (y.signum() < 0);
        BigInteger a = x.abs();
        BigInteger b = y.abs();
        if (a.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int diff = a.bitLength() - b.bitLength();
        // 2**e <= a / b < 2**(e + 1), where e is diff or diff - 1 (decided without a shift when either is out of range)
        int e = diff > Double.MAX_EXPONENT + 1 || diff < -1075 ? diff
                        : (diff >= 0 ? a.compareTo(b.shiftLeft(diff)) : a.shiftLeft(-diff).compareTo(b)) >= 0 ? diff : diff - 1;
        if (e > Double.MAX_EXPONENT) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (e < -1075) {
            // Below half the smallest subnormal.
            return negative ? -0.0 : 0.0;
        }
        // The last bit a double keeps at this magnitude (53 bits, fewer among the subnormals).
        int last = Math.max(e - 52, -1074);
        int shift = last - 1;
        BigInteger[] qr = shift >= 0 ? a.divideAndRemainder(b.shiftLeft(shift)) : a.shiftLeft(-shift).divideAndRemainder(b);
        long kept = qr[0].longValue();
        long q = kept >> 1;
        if ((kept & 1) != 0 && (qr[1].signum() != 0 || (q & 1) != 0)) {
            q++;
        }
        double r = Math.scalb((double) q, last);
        return negative ? -r : r;
    }

    /** The integer part of a finite double, exactly. */
    @TruffleBoundary
    public static BigInteger truncate(double d) {
        int e = exponent(d);
        BigInteger m = BigInteger.valueOf(mantissa(d));
        BigInteger magnitude = e >= 0 ? m.shiftLeft(e) : m.shiftRight(-e);
        return d < 0 ? magnitude.negate() : magnitude;
    }

    /**
     * {@code |d| * 10**scale} rounded to an integer half to even, from the exact binary value (what
     * CPython's correctly rounded formatting and {@code round(x, n)} do). {@code d} finite.
     */
    @TruffleBoundary
    public static BigInteger scaledRound(double d, int scale) {
        return scaled(d, scale, true);
    }

    /** {@code |d| * 10**scale}, rounded half to even or else truncated. */
    private static BigInteger scaled(double d, int scale, boolean round) {
        int e = exponent(d);
        BigInteger num = BigInteger.valueOf(mantissa(d));
        if (e > 0) {
            num = num.shiftLeft(e);
        }
        if (scale > 0) {
            num = num.multiply(BigInteger.TEN.pow(scale));
        }
        BigInteger quotient;
        BigInteger remainder;
        BigInteger den;
        if (scale >= 0) {
            if (e >= 0) {
                return num;
            }
            den = BigInteger.ONE.shiftLeft(-e);
            quotient = num.shiftRight(-e);
            remainder = num.subtract(quotient.shiftLeft(-e));
        } else {
            den = BigInteger.TEN.pow(-scale);
            if (e < 0) {
                den = den.shiftLeft(-e);
            }
            BigInteger[] qr = num.divideAndRemainder(den);
            quotient = qr[0];
            remainder = qr[1];
        }
        if (!round) {
            return quotient;
        }
        int half = remainder.shiftLeft(1).compareTo(den);
        return half > 0 || half == 0 && quotient.testBit(0) ? quotient.add(BigInteger.ONE) : quotient;
    }

    /**
     * The digits of a finite, non-zero {@code |d|} rounded to {@code sig} significant digits half to
     * even (exactly {@code sig} of them, trailing zeros kept), and where its decimal point goes.
     */
    @TruffleBoundary
    public static PyFloatFormat.Digits significant(double d, int sig) {
        double a = Math.abs(d);
        BigInteger low = BigInteger.TEN.pow(sig - 1);
        BigInteger high = low.multiply(BigInteger.TEN);
        // k: the exact decimal exponent of a (10**k <= a < 10**(k+1)), which log10 may miss by one.
        int k = (int) Math.floor(Math.log10(a));
        while (true) {
            BigInteger digits = scaled(a, sig - 1 - k, false);
            if (digits.compareTo(high) >= 0) {
                k++;
            } else if (digits.compareTo(low) < 0) {
                k--;
            } else {
                break;
            }
        }
        BigInteger n = scaledRound(a, sig - 1 - k);
        if (n.equals(high)) {
            // Rounded up to the next power of ten.
            return new PyFloatFormat.Digits(low.toString(), k + 2);
        }
        return new PyFloatFormat.Digits(n.toString(), k + 1);
    }
}
