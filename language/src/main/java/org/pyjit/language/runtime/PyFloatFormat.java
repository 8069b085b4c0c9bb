package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Float to text as CPython does it: repr is the shortest round-tripping decimal; 'e'/'f'/'g' round
 * the exact binary value half-to-even (as CPython's correctly rounded dtoa does).
 */
public final class PyFloatFormat {
    private PyFloatFormat() {
    }

    /** Shortest digits (no leading/trailing zeros) and the decimal point position: value = 0.DIGITS * 10**point. */
    public record Digits(String digits, int point) {
    }

    /** The shortest round-tripping digits of a finite, non-zero, positive double. */
    @TruffleBoundary
    public static Digits shortest(double v) {
        String s = Double.toString(v);
        int ePos = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (ePos >= 0) {
            exp = Integer.parseInt(s.substring(ePos + 1));
            mant = s.substring(0, ePos);
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        String all = intPart + frac;
        int point = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') {
            lead++;
        }
        all = all.substring(lead);
        point -= lead;
        int end = all.length();
        while (end > 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        all = all.substring(0, end);
        if (all.length() == 2) {
            // Java prints two digits where one suffices; Python wants the shortest.
            int d1 = all.charAt(0) - '0';
            int d2 = all.charAt(1) - '0';
            int near = d2 >= 5 ? d1 + 1 : d1;
            int far = d2 >= 5 ? d1 : d1 + 1;
            for (int cand : new int[]{near, far}) {
                String cd = cand == 10 ? "1" : Integer.toString(cand);
                int cp = cand == 10 ? point + 1 : point;
                if (cand > 0 && Double.parseDouble(cd + "E" + (cp - 1)) == v) {
                    return new Digits(cd, cp);
                }
            }
        }
        return new Digits(all, point);
    }

    /** repr(float) / str(float). */
    @TruffleBoundary
    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0.0) {
            return (1.0 / v < 0) ? "-0.0" : "0.0";
        }
        String sign = v < 0 ? "-" : "";
        Digits d = shortest(Math.abs(v));
        if (d.point() <= -4 || d.point() > 16) {
            return sign + sci(d, true);
        }
        return sign + fixed(d, true);
    }

    private static String sci(Digits d, boolean dropEmptyFraction) {
        String ds = d.digits();
        StringBuilder sb = new StringBuilder();
        sb.append(ds.charAt(0));
        if (ds.length() > 1) {
            sb.append('.').append(ds, 1, ds.length());
        } else if (!dropEmptyFraction) {
            sb.append(".0");
        }
        appendExponent(sb, d.point() - 1);
        return sb.toString();
    }

    static void appendExponent(StringBuilder sb, int e) {
        sb.append('e').append(e < 0 ? '-' : '+');
        int a = Math.abs(e);
        if (a < 10) {
            sb.append('0');
        }
        sb.append(a);
    }

    private static String fixed(Digits d, boolean addDotZero) {
        String ds = d.digits();
        int p = d.point();
        StringBuilder sb = new StringBuilder();
        if (p <= 0) {
            sb.append("0.");
            sb.append("0".repeat(-p));
            sb.append(ds);
        } else if (p >= ds.length()) {
            sb.append(ds);
            sb.append("0".repeat(p - ds.length()));
            if (addDotZero) {
                sb.append(".0");
            }
        } else {
            sb.append(ds, 0, p).append('.').append(ds, p, ds.length());
        }
        return sb.toString();
    }

    /** 'f' formatting of |v| (finite) with a precision. */
    @TruffleBoundary
    public static String fixed(double absV, int precision) {
        String digits = PyFloatBits.scaledRound(absV, precision).toString();
        if (precision == 0) {
            return digits;
        }
        if (digits.length() <= precision) {
            digits = "0".repeat(precision + 1 - digits.length()) + digits;
        }
        int point = digits.length() - precision;
        return digits.substring(0, point) + "." + digits.substring(point);
    }

    /** 'e' formatting of |v| (finite): d.ddddde+XX. */
    @TruffleBoundary
    public static String sci(double absV, int precision) {
        StringBuilder sb = new StringBuilder();
        if (absV == 0.0) {
            sb.append('0');
            if (precision > 0) {
                sb.append('.').append("0".repeat(precision));
            }
            appendExponent(sb, 0);
            return sb.toString();
        }
        Digits d = PyFloatBits.significant(absV, precision + 1);
        String ds = d.digits();
        int exp = d.point() - 1;
        sb.append(ds.charAt(0));
        if (precision > 0) {
            sb.append('.').append(ds, 1, precision + 1);
        }
        appendExponent(sb, exp);
        return sb.toString();
    }

    /** The decimal exponent of |v| once rounded to {@code sig} significant digits. */
    private static int roundedExponent(double absV, int sig) {
        if (absV == 0.0) {
            return 0;
        }
        return PyFloatBits.significant(absV, sig).point() - 1;
    }

    /**
     * 'g' formatting of |v| (finite). {@code noType} selects the rules of an empty presentation type
     * with a precision (scientific from exp >= p-1, and at least one fractional digit).
     */
    @TruffleBoundary
    public static String general(double absV, int precision, boolean alternate, boolean noType) {
        int p = precision == 0 ? 1 : precision;
        int exp = roundedExponent(absV, p);
        String r;
        boolean useSci;
        if (noType) {
            useSci = exp < -4 || exp >= p - 1;
        } else {
            useSci = exp < -4 || exp >= p;
        }
        if (useSci) {
            r = sci(absV, p - 1);
            if (!alternate) {
                int e = r.indexOf('e');
                String m = r.substring(0, e);
                if (m.indexOf('.') >= 0) {
                    m = stripZeros(m);
                }
                r = m + r.substring(e);
            }
        } else {
            r = fixed(absV, Math.max(0, p - 1 - exp));
            if (!alternate && r.indexOf('.') >= 0) {
                r = stripZeros(r);
            }
            if (noType && r.indexOf('.') < 0) {
                r = r + ".0";
            }
        }
        if (alternate && r.indexOf('.') < 0) {
            int e = r.indexOf('e');
            r = e < 0 ? r + "." : r.substring(0, e) + "." + r.substring(e);
        }
        return r;
    }

    private static String stripZeros(String m) {
        int end = m.length();
        while (m.charAt(end - 1) == '0') {
            end--;
        }
        if (m.charAt(end - 1) == '.') {
            end--;
        }
        return m.substring(0, end);
    }

    /** The repr digits of |v| (finite), for a format spec without type or precision. */
    @TruffleBoundary
    public static String reprAbs(double absV) {
        if (absV == 0.0) {
            return "0.0";
        }
        return repr(absV);
    }
}
