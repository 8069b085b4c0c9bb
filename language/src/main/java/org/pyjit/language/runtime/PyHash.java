package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** CPython's hash values for numbers (modulus 2**61 - 1, so equal numbers hash equal) and a hash for strings. */
public final class PyHash {
    public static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    public static final long INF = 314159;

    private PyHash() {
    }

    public static long hashLong(long v) {
        if (v > -MODULUS && v < MODULUS) {
            return v == -1 ? -2 : v;
        }
        if (v == Long.MIN_VALUE) {
            return -4; // 2**63 mod (2**61 - 1) == 4
        }
        long r = Math.abs(v) % MODULUS;
        r = v < 0 ? -r : r;
        return r == -1 ? -2 : r;
    }

    @TruffleBoundary
    public static long hashBig(BigInteger v) {
        long r = v.abs().mod(BIG_MODULUS).longValue();
        r = v.signum() < 0 ? -r : r;
        return r == -1 ? -2 : r;
    }

    public static long hashString(String s) {
        long h = s.hashCode();
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashDouble(double d, Object box) {
        if (Double.isNaN(d)) {
            return System.identityHashCode(box);
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF : -INF;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // |d| == m * 2**e exactly, and 2**61 == 1 modulo the prime: the hash is m rotated left by e
        // modulo 61 within 61 bits (m < 2**53 is its own residue).
        long m = PyFloatBits.mantissa(d);
        int k = Math.floorMod(PyFloatBits.exponent(d), 61);
        long h = ((m << k) & MODULUS) | (m >>> (61 - k));
        if (d < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
