package org.pyjit.language.runtime;

/**
 * Logarithms that round like CPython's on glibc. Java's Math.log is within one ulp but not correctly rounded, and log2/log10
 * built from it are off in the last digit often enough to show in printed results ({@code math.log2(10)}). glibc's log and
 * log2 are correctly rounded in nearly all cases, so these compute in double-double precision (about 2^-58 relative error)
 * and round once; glibc's log10 is the classic exponent-split formula over its log, so {@link #log10} reproduces that
 * formula rather than rounding correctly.
 */
public final class PyLibm {
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;
    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;
    private static final double SQRT2 = 1.4142135623730951;

    // The split of log10(2) and 1/ln(10) used by the classic log10 formula (glibc's e_log10.c).
    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    private PyLibm() {
    }

    public static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        return logScaled(x, false);
    }

    public static double log2(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log(x);
        }
        return logScaled(x, true);
    }

    public static double log10(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return Math.log10(x);
        }
        int k = Math.getExponent(x);
        if (k < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            k = Math.getExponent(x) - 54;
        }
        // The mantissa goes to [1, 2) for non-negative exponents and to [0.5, 1) for negative ones.
        int i = k < 0 ? 1 : 0;
        double y = k + i;
        double m = Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0x000fffffffffffffL) | ((long) (0x3ff - i) << 52));
        double z = y * LOG10_2LO + IVLN10 * log(m);
        return z + y * LOG10_2HI;
    }

    /** ln(x) or log2(x) for finite x > 0, rounded once from a double-double result. */
    private static double logScaled(double x, boolean base2) {
        int bias = 0;
        if (Math.getExponent(x) < Double.MIN_EXPONENT) {
            x *= 0x1p54;
            bias = 54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        e -= bias;
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        // ln(m) = 2 atanh(s) with s = (m - 1) / (m + 1); |s| < 0.172, so the series converges fast.
        double u = m - 1.0;
        double vh = m + 1.0;
        double bv = vh - m;
        double vl = (m - (vh - bv)) + (1.0 - bv);
        double sh = u / vh;
        double sl = (Math.fma(-sh, vh, u) - sh * vl) / vh;
        double s2 = sh * sh;
        double p = 1.0 / 25;
        for (int k = 23; k >= 3; k -= 2) {
            p = p * s2 + 1.0 / k;
        }
        double lh = 2.0 * sh;
        double tail = 2.0 * sh * s2 * p + 2.0 * sl;
        double mh = lh + tail;
        double ml = tail - (mh - lh);
        double ch = base2 ? INV_LN2_HI : 1.0;
        double cl = base2 ? INV_LN2_LO : 0.0;
        double kh = base2 ? 1.0 : LN2_HI;
        double kl = base2 ? 0.0 : LN2_LO;
        double ph = mh * ch;
        double pl = Math.fma(mh, ch, -ph) + (mh * cl + ml * ch);
        double qh = e * kh;
        double ql = Math.fma(e, kh, -qh) + e * kl;
        double sum = qh + ph;
        double bb = sum - qh;
        double err = (qh - (sum - bb)) + (ph - bb);
        return sum + (err + pl + ql);
    }
}
