package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import java.math.BigInteger;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyClassMethod;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyFloatBits;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Methods of int and float, and round(). */
final class PyNumberMethods {
    private PyNumberMethods() {
    }

    static void install() {
        PyClass i = PyTypes.INT;
        def0(i, "bit_length", self -> (long) PyInt.toBig(self).abs().bitLength());
        def0(i, "bit_count", self -> (long) PyInt.toBig(self).abs().bitCount());
        def0(i, "conjugate", PyNumberMethods::asInt);
        def0(i, "as_integer_ratio", self -> new PyTuple(new Object[]{asInt(self), 1L}));
        getset(i, "real", PyNumberMethods::asInt, null);
        getset(i, "imag", self -> 0L, null);
        getset(i, "numerator", PyNumberMethods::asInt, null);
        getset(i, "denominator", self -> 1L, null);
        def(i, "__round__", (args, kw) -> round(args[0], args.length > 1 ? args[1] : PyNone.NONE));
        def(i, "__format__", (args, kw) -> PyOps.format(args[0], PyArgs.requireStr("__format__", args[1], 1)));

        PyClass f = PyTypes.FLOAT;
        def0(f, "hex", self -> floatHex((Double) self));
        f.setAttribute("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", null, (args, kw) -> {
            PyArgs.range("fromhex", args, kw, 2, 2);
            if (!(args[1] instanceof String text)) {
                throw PyErrors.typeError("bad argument type for built-in operation");
            }
            return floatFromHex(text);
        })));
        def0(f, "is_integer", self -> {
            double d = (Double) self;
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        def0(f, "as_integer_ratio", self -> {
            double d = (Double) self;
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("cannot convert NaN to integer ratio");
            }
            if (Double.isInfinite(d)) {
                throw PyErrors.overflowError("cannot convert Infinity to integer ratio");
            }
            // |d| == m * 2**e exactly; the ratio in lowest terms drops the powers of 2 the two share.
            long m = PyFloatBits.mantissa(d);
            int e = PyFloatBits.exponent(d);
            int common = m == 0 ? -e : Math.min(Long.numberOfTrailingZeros(m), Math.max(-e, 0));
            BigInteger num = BigInteger.valueOf(d < 0 ? -(m >> common) : m >> common);
            BigInteger den = BigInteger.ONE;
            if (e >= 0) {
                num = num.shiftLeft(e);
            } else {
                den = den.shiftLeft(-e - common);
            }
            return new PyTuple(new Object[]{PyInt.normalize(num), PyInt.normalize(den)});
        });
        def0(f, "conjugate", self -> self);
        def0(f, "__trunc__", self -> PyInt.fromDouble((Double) self));
        getset(f, "real", self -> self, null);
        getset(f, "imag", self -> 0.0, null);
        def(f, "__round__", (args, kw) -> round(args[0], args.length > 1 ? args[1] : PyNone.NONE));
        def(f, "__format__", (args, kw) -> PyOps.format(args[0], PyArgs.requireStr("__format__", args[1], 1)));
    }

    private static Object asInt(Object self) {
        return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
    }

    /** round(number, ndigits): banker's rounding of the exact value, like CPython. */
    @TruffleBoundary
    static Object round(Object number, Object ndigits) {
        if (number instanceof Double d) {
            if (ndigits == PyNone.NONE) {
                double r = Math.rint(d);
                return PyInt.fromDouble(r);
            }
            long n = PyOps.indexAsLongClamped(ndigits);
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) {
                return d;
            }
            if (n > 330) {
                return d;
            }
            if (n < -330) {
                return Math.copySign(0.0, d);
            }
            double r = Math.copySign(Double.parseDouble(PyFloatBits.scaledRound(d, (int) n) + "E" + (-n)), d);
            if (Double.isInfinite(r)) {
                throw PyErrors.overflowError("rounded value too large to represent");
            }
            return r == 0.0 ? Math.copySign(0.0, d) : r;
        }
        if (PyInt.isInt(number)) {
            Object v = asInt(number);
            if (ndigits == PyNone.NONE) {
                return v;
            }
            long n = PyOps.indexAsLongClamped(ndigits);
            if (n >= 0) {
                return v;
            }
            return roundInt(PyInt.toBig(v), n);
        }
        if (number instanceof PyInstance) {
            Object f = PyOps.typeOf(number).lookup("__round__");
            if (f != null) {
                Object[] a = ndigits == PyNone.NONE ? new Object[0] : new Object[]{ndigits};
                return PyOps.callUnbound(f, number, a, null);
            }
        }
        throw PyErrors.typeError("type " + PyOps.typeName(number) + " doesn't define __round__ method");
    }

    /** round(v, n) of an int for n < 0: to a multiple of 10**-n, half to even. */
    private static Object roundInt(BigInteger v, long n) {
        // |v| < 10**(digits of v) <= 10**(k - 1) is less than half of 10**k: the result is 0.
        if (-n > v.bitLength() * 0.30103 + 2) {
            return 0L;
        }
        BigInteger unit = BigInteger.TEN.pow((int) -n);
        BigInteger[] qr = v.abs().divideAndRemainder(unit);
        int half = qr[1].shiftLeft(1).compareTo(unit);
        BigInteger q = half > 0 || half == 0 && qr[0].testBit(0) ? qr[0].add(BigInteger.ONE) : qr[0];
        BigInteger r = q.multiply(unit);
        return PyInt.normalize(v.signum() < 0 ? r.negate() : r);
    }

    /** float.hex(): 0x1.HHHHHHHHHHHHHp+E with all 13 hex digits of the fraction; subnormals as 0x0.H...p-1022. */
    @TruffleBoundary
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        long bits = Double.doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        long fraction = bits & 0xFFFFFFFFFFFFFL;
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        if (exponent == 0 && fraction == 0) {
            return sign + "0x0.0p+0";
        }
        String digits = String.format("%013x", fraction);
        if (exponent == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = exponent - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    private static final java.util.regex.Pattern HEX_FLOAT = java.util.regex.Pattern.compile(
                    "([+-]?)(?:0[xX])?([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)(?:[pP]([+-]?[0-9]+))?");
    private static final java.util.regex.Pattern SPECIAL = java.util.regex.Pattern.compile("([+-]?)(inf|infinity|nan)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** float.fromhex(s): exact, rounded half to even like every float parse; too large is an OverflowError. */
    @TruffleBoundary
    static double floatFromHex(String text) {
        String s = text.strip();
        java.util.regex.Matcher special = SPECIAL.matcher(s);
        if (special.matches()) {
            double v = special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return special.group(1).equals("-") ? -v : v;
        }
        java.util.regex.Matcher m = HEX_FLOAT.matcher(s);
        if (!m.matches()) {
            throw PyErrors.valueError("invalid hexadecimal floating-point string");
        }
        String exponent = m.group(3) == null ? "0" : m.group(3);
        // An exponent beyond an int's range: only its sign matters (the digits are at most ~2**20).
        if (exponent.replaceFirst("^[+-]?0*", "").length() > 9) {
            exponent = exponent.startsWith("-") ? "-999999999" : "999999999";
        }
        double v = Double.parseDouble(m.group(1) + "0x" + m.group(2) + "p" + exponent);
        if (Double.isInfinite(v)) {
            throw PyErrors.overflowError("hexadecimal value too large to represent as a float");
        }
        return v;
    }
}
