package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PySysModule.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNativeMath;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The math module, with CPython's domain and range errors. */
final class PyMathModule {

    private PyMathModule() {
    }

    /** A real-number argument as a double (ints, bools, floats, objects with __float__ / __index__). */
    static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (PyInt.isInt(v)) {
            return PyInt.toDouble(v);
        }
        if (v instanceof PyInstance) {
            PyClass t = PyOps.typeOf(v);
            if (t.lookup("__float__") != null || t.lookup("__index__") != null) {
                return PyConstructors.toFloat(v);
            }
        }
        throw PyErrors.typeError("must be real number, not " + PyOps.typeName(v));
    }

    /**
     * sqrt of the sum of squares of non-negative values, computed as CPython 3.11's vector_norm does
     * (so hypot and dist agree with it to the last bit, where Math.hypot does not): scaled by a power
     * of two, squares split exactly with an fma, a compensated sum, and one correction of the root.
     */
    private static double vectorNorm(double[] v) {
        double max = 0.0;
        boolean nan = false;
        for (double x : v) {
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        if (Double.isInfinite(max)) {
            return max;
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        // frexp's exponent: max = m * 2**maxE with 0.5 <= m < 1
        int maxE = max >= Double.MIN_NORMAL ? Math.getExponent(max) + 1 : Math.getExponent(max * 0x1p54) + 1 - 54;
        if (maxE < -1023) {
            // 2**-maxE would overflow: divide by max instead, with a plain compensated sum
            double csum = 1.0;
            double frac = 0.0;
            for (double x : v) {
                double q = x / max;
                q = q * q;
                double before = csum;
                csum += q;
                frac += (before - csum) + q;
            }
            return max * Math.sqrt(csum - 1.0 + frac);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double x : v) {
            double scaled = x * scale;
            double square = scaled * scaled;
            frac1 += Math.fma(scaled, scaled, -square);
            double sum = csum + square;
            frac2 += square - (sum - csum);
            csum = sum;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double square = -h * h;
        frac1 += Math.fma(-h, h, -square);
        double sum = csum + square;
        frac2 += square - (sum - csum);
        csum = sum;
        h += (csum - 1.0 + (frac1 + frac2)) / (2.0 * h);
        return h / scale;
    }

    /** The argument check shared by comb() and perm(). */
    private static void checkNonNegative(long n, long k) {
        if (n < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
    }

    private static PyException domain() {
        return PyErrors.valueError("math domain error");
    }

    private static PyException range() {
        return PyErrors.overflowError("math range error");
    }

    /** A one-argument float function: NaN results from non-NaN input are domain errors, infinities from finite input range errors. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator op, boolean overflowIsRange) {
        floatFn(m, name, op, (args, kw) -> {
            PyArgs.exactlyOne("math." + name, args, kw);
            double x = toDouble(args[0]);
            double r = op.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) {
                throw domain();
            }
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw overflowIsRange ? range() : domain();
            }
            return r;
        });
    }

    /** A function of one float whose body checks and raises, with {@code op} as its compiled fast path. */
    private static void floatFn(PyModule m, String name, DoubleUnaryOperator op, PyBuiltinFunction.Body body) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, body, m.getName(), op));
    }

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.setAttribute("pi", Math.PI);
        m.setAttribute("e", Math.E);
        m.setAttribute("tau", 2 * Math.PI);
        m.setAttribute("inf", Double.POSITIVE_INFINITY);
        m.setAttribute("nan", Double.NaN);
        floatFn(m, "sqrt", Math::sqrt, (args, kw) -> {
            PyArgs.exactlyOne("math.sqrt", args, kw);
            double x = toDouble(args[0]);
            if (x < 0) {
                throw domain();
            }
            return Math.sqrt(x);
        });
        unary(m, "sin", PyNativeMath::sin, false);
        unary(m, "cos", PyNativeMath::cos, false);
        unary(m, "tan", PyNativeMath::tan, false);
        unary(m, "asin", PyNativeMath::asin, false);
        unary(m, "acos", PyNativeMath::acos, false);
        unary(m, "atan", PyNativeMath::atan, false);
        unary(m, "sinh", PyNativeMath::sinh, true);
        unary(m, "cosh", PyNativeMath::cosh, true);
        unary(m, "tanh", PyNativeMath::tanh, false);
        unary(m, "asinh", PyNativeMath::asinh, false);
        unary(m, "acosh", PyNativeMath::acosh, false);
        unary(m, "atanh", PyNativeMath::atanh, false);
        unary(m, "exp", PyNativeMath::exp, true);
        unary(m, "expm1", PyNativeMath::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", PyNativeMath::log1p, false);
        unary(m, "cbrt", PyNativeMath::cbrt, false);
        unary(m, "exp2", PyNativeMath::exp2, true);
        unary(m, "erf", x -> PyNativeMath.erf(x, PyMathModule::erf), false);
        unary(m, "erfc", x -> PyNativeMath.erfc(x, v -> 1.0 - erf(v)), false);
        fn(m, "degrees", (args, kw) -> {
            PyArgs.exactlyOne("math.degrees", args, kw);
            return toDouble(args[0]) * (180.0 / Math.PI);
        });
        fn(m, "radians", (args, kw) -> {
            PyArgs.exactlyOne("math.radians", args, kw);
            return toDouble(args[0]) * (Math.PI / 180.0);
        });
        fn(m, "atan2", (args, kw) -> {
            PyArgs.range("atan2", args, kw, 2, 2);
            return PyNativeMath.atan2(toDouble(args[0]), toDouble(args[1]));
        });
        fn(m, "log", (args, kw) -> {
            PyArgs.range("log", args, kw, 1, 2);
            double r = log(args[0], PyNativeMath::log);
            if (args.length == 2) {
                double b = log(args[1], PyNativeMath::log);
                if (b == 0.0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                r = r / b;
            }
            return r;
        });
        fn(m, "log2", (args, kw) -> {
            PyArgs.exactlyOne("math.log2", args, kw);
            return log(args[0], PyNativeMath::log2);
        });
        fn(m, "log10", (args, kw) -> {
            PyArgs.exactlyOne("math.log10", args, kw);
            return log(args[0], PyNativeMath::log10);
        });
        fn(m, "pow", (args, kw) -> {
            PyArgs.range("pow", args, kw, 2, 2);
            double x = toDouble(args[0]);
            double y = toDouble(args[1]);
            // 0 ** -inf is inf: only a finite negative power of zero is a domain error
            if (x == 0.0 && y < 0 && Double.isFinite(y)) {
                throw domain();
            }
            if (x < 0 && !Double.isInfinite(x) && y != Math.rint(y) && Double.isFinite(y)) {
                throw domain();
            }
            double r = PyNativeMath.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw range();
            }
            return r;
        });
        fn(m, "floor", (args, kw) -> rounding("floor", args, kw, Math::floor, "__floor__"));
        fn(m, "ceil", (args, kw) -> rounding("ceil", args, kw, Math::ceil, "__ceil__"));
        fn(m, "trunc", (args, kw) -> {
            PyArgs.exactlyOne("math.trunc", args, kw);
            Object x = args[0];
            if (x instanceof Double d) {
                return PyInt.fromDouble(d);
            }
            if (PyInt.isInt(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (x instanceof PyInstance && PyOps.typeOf(x).lookup("__trunc__") != null) {
                return PyOps.callMethod(x, "__trunc__");
            }
            throw PyErrors.typeError("type " + PyOps.typeName(x) + " doesn't define __trunc__ method");
        });
        fn(m, "hypot", (args, kw) -> {
            PyArgs.noKeywords("math.hypot", kw);
            double[] coordinates = new double[args.length];
            for (int i = 0; i < args.length; i++) {
                coordinates[i] = Math.abs(toDouble(args[i]));
            }
            return vectorNorm(coordinates);
        });
        fn(m, "dist", (args, kw) -> {
            PyArgs.range("dist", args, kw, 2, 2);
            Object[] p = PyOps.toArray(args[0]);
            Object[] q = PyOps.toArray(args[1]);
            if (p.length != q.length) {
                throw PyErrors.valueError("both points must have the same number of dimensions");
            }
            double[] diffs = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                diffs[i] = Math.abs(toDouble(p[i]) - toDouble(q[i]));
            }
            return vectorNorm(diffs);
        });
        fn(m, "isqrt", (args, kw) -> {
            PyArgs.exactlyOne("math.isqrt", args, kw);
            BigInteger n = PyInt.toBig(PyOps.index(args[0]));
            if (n.signum() < 0) {
                throw PyErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.normalize(n.sqrt());
        });
        fn(m, "gcd", (args, kw) -> {
            PyArgs.noKeywords("math.gcd", kw);
            BigInteger g = BigInteger.ZERO;
            for (Object a : args) {
                g = g.gcd(PyInt.toBig(PyOps.index(a)));
            }
            return PyInt.normalize(g);
        });
        fn(m, "lcm", (args, kw) -> {
            PyArgs.noKeywords("math.lcm", kw);
            BigInteger l = BigInteger.ONE;
            for (Object a : args) {
                BigInteger v = PyInt.toBig(PyOps.index(a)).abs();
                if (v.signum() == 0) {
                    l = BigInteger.ZERO;
                    continue;
                }
                if (l.signum() != 0) {
                    l = l.divide(l.gcd(v)).multiply(v);
                }
            }
            return PyInt.normalize(l);
        });
        fn(m, "factorial", (args, kw) -> {
            PyArgs.exactlyOne("math.factorial", args, kw);
            Object i = PyOps.index(args[0]);
            if (i instanceof BigInteger b && b.signum() > 0) {
                throw PyErrors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            if (!(i instanceof Long n) || n < 0) {
                throw PyErrors.valueError("factorial() not defined for negative values");
            }
            return factorial(n);
        });
        fn(m, "comb", (args, kw) -> {
            PyArgs.range("comb", args, kw, 2, 2);
            long n = PyOps.indexAsLong(args[0]);
            long k = PyOps.indexAsLong(args[1]);
            checkNonNegative(n, k);
            if (k > n) {
                return 0L;
            }
            k = Math.min(k, n - k);
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInt.normalize(r);
        });
        fn(m, "perm", (args, kw) -> {
            PyArgs.range("perm", args, kw, 1, 2);
            long n = PyOps.indexAsLong(args[0]);
            long k = args.length > 1 && args[1] != PyNone.NONE ? PyOps.indexAsLong(args[1]) : n;
            checkNonNegative(n, k);
            if (k > n) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < k; i++) {
                r = r.multiply(BigInteger.valueOf(n - i));
            }
            return PyInt.normalize(r);
        });
        fn(m, "prod", (args, kw) -> {
            Object[] a = PyArgs.bind("prod", args, kw, 1, "iterable", "start");
            Object acc = a[1] == null ? (Object) 1L : a[1];
            for (Object v : PyOps.toArray(a[0])) {
                acc = PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MUL, acc, v);
            }
            return acc;
        });
        fn(m, "fsum", (args, kw) -> {
            PyArgs.exactlyOne("math.fsum", args, kw);
            return fsum(PyOps.toArray(args[0]));
        });
        fn(m, "isfinite", (args, kw) -> {
            PyArgs.exactlyOne("math.isfinite", args, kw);
            return Double.isFinite(toDouble(args[0]));
        });
        fn(m, "isinf", (args, kw) -> {
            PyArgs.exactlyOne("math.isinf", args, kw);
            return Double.isInfinite(toDouble(args[0]));
        });
        fn(m, "isnan", (args, kw) -> {
            PyArgs.exactlyOne("math.isnan", args, kw);
            return Double.isNaN(toDouble(args[0]));
        });
        fn(m, "isclose", (args, kw) -> {
            Object[] a = PyArgs.bind("isclose", args, kw, 2, "a", "b", "rel_tol", "abs_tol");
            double x = toDouble(a[0]);
            double y = toDouble(a[1]);
            double rel = a[2] == null ? 1e-9 : toDouble(a[2]);
            double abs = a[3] == null ? 0.0 : toDouble(a[3]);
            if (rel < 0 || abs < 0) {
                throw PyErrors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        });
        fn(m, "copysign", (args, kw) -> {
            PyArgs.range("copysign", args, kw, 2, 2);
            return Math.copySign(toDouble(args[0]), toDouble(args[1]));
        });
        fn(m, "fmod", (args, kw) -> {
            PyArgs.range("fmod", args, kw, 2, 2);
            double x = toDouble(args[0]);
            double y = toDouble(args[1]);
            if (y == 0.0 || Double.isInfinite(x)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    throw domain();
                }
            }
            return x % y;
        });
        fn(m, "remainder", (args, kw) -> {
            PyArgs.range("remainder", args, kw, 2, 2);
            double x = toDouble(args[0]);
            double y = toDouble(args[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            if (Double.isInfinite(x) || y == 0.0) {
                throw domain();
            }
            // IEEE 754's remainder is exact: Java's gives the same bits as C's.
            return Double.isInfinite(y) ? x : Math.IEEEremainder(x, y);
        });
        fn(m, "nextafter", (args, kw) -> {
            PyArgs.range("nextafter", args, kw, 2, 2);
            return Math.nextAfter(toDouble(args[0]), toDouble(args[1]));
        });
        fn(m, "ulp", (args, kw) -> {
            PyArgs.exactlyOne("math.ulp", args, kw);
            return Math.ulp(toDouble(args[0]));
        });
        fn(m, "modf", (args, kw) -> {
            PyArgs.exactlyOne("math.modf", args, kw);
            double x = toDouble(args[0]);
            if (Double.isInfinite(x)) {
                return new PyTuple(new Object[]{Math.copySign(0.0, x), x});
            }
            double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new Object[]{Math.copySign(x - ip, x), ip});
        });
        fn(m, "frexp", (args, kw) -> {
            PyArgs.exactlyOne("math.frexp", args, kw);
            double x = toDouble(args[0]);
            if (x == 0.0 || Double.isNaN(x) || Double.isInfinite(x)) {
                return new PyTuple(new Object[]{x, 0L});
            }
            // Scaling x itself stays exact where dividing by 2**e would overflow (|x| >= 2**1023).
            int e = Math.getExponent(x) + 1;
            double mant = Math.scalb(x, -e);
            if (Math.abs(mant) < 0.5) {
                // Subnormal inputs: normalize by scaling first.
                double y = Math.scalb(x, 64);
                e = Math.getExponent(y) + 1;
                mant = Math.scalb(y, -e);
                e -= 64;
            }
            return new PyTuple(new Object[]{mant, (long) e});
        });
        fn(m, "ldexp", (args, kw) -> {
            PyArgs.range("ldexp", args, kw, 2, 2);
            double x = toDouble(args[0]);
            if (!(args[1] instanceof Long || args[1] instanceof Boolean || args[1] instanceof BigInteger)) {
                throw PyErrors.typeError("Expected an int as second argument to ldexp.");
            }
            long e = PyOps.indexAsLongClamped(args[1]);
            double r = Math.scalb(x, (int) Math.max(Math.min(e, 100000), -100000));
            if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                throw range();
            }
            return r;
        });
        return m;
    }

    /**
     * A logarithm like CPython's loghelper: ints are converted to float, and only ints too large for a float are split into
     * mantissa and exponent (so {@code log2(2 ** 1000)} is exact).
     */
    @TruffleBoundary
    private static double log(Object x, DoubleUnaryOperator func) {
        if (x instanceof BigInteger b) {
            if (b.signum() <= 0) {
                throw domain();
            }
            double d = b.doubleValue();
            if (!Double.isInfinite(d)) {
                return func.applyAsDouble(d);
            }
            int shift = b.bitLength() - 60;
            double mantissa = Math.scalb(b.shiftRight(shift).doubleValue(), -60);
            return func.applyAsDouble(mantissa) + func.applyAsDouble(2.0) * (shift + 60);
        }
        double d = toDouble(x);
        if (d <= 0) {
            throw domain();
        }
        return func.applyAsDouble(d);
    }

    private static Object rounding(String name, Object[] args, String[] kw, DoubleUnaryOperator op, String dunder) {
        PyArgs.exactlyOne("math." + name, args, kw);
        Object x = args[0];
        if (x instanceof Double d) {
            return PyInt.fromDouble(op.applyAsDouble(d));
        }
        if (PyInt.isInt(x)) {
            return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
        }
        if (x instanceof PyInstance && PyOps.typeOf(x).lookup(dunder) != null) {
            return PyOps.callMethod(x, dunder);
        }
        return PyInt.fromDouble(op.applyAsDouble(toDouble(x)));
    }

    @TruffleBoundary
    private static Object factorial(long n) {
        if (n <= 20) {
            long r = 1;
            for (long i = 2; i <= n; i++) {
                r *= i;
            }
            return r;
        }
        return PyInt.normalize(productRange(1, n));
    }

    /** Product of lo..hi by splitting in halves (much faster than a linear product for big n). */
    private static BigInteger productRange(long lo, long hi) {
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return productRange(lo, mid).multiply(productRange(mid + 1, hi));
    }

    /** Exact sum rounded once, as CPython's fsum guarantees. */
    @TruffleBoundary
    private static double fsum(Object[] items) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0.0;
        boolean hasSpecial = false;
        for (Object o : items) {
            double d = toDouble(o);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                if (hasSpecial && Double.isInfinite(special) && Double.isInfinite(d) && special != d) {
                    throw PyErrors.valueError("-inf + inf in fsum");
                }
                special = hasSpecial ? special + d : d;
                hasSpecial = true;
                continue;
            }
            sum = sum.add(new BigDecimal(d));
        }
        if (hasSpecial) {
            return special;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("intermediate overflow in fsum");
        }
        return r;
    }

    /** erf by its continued fraction / series (the accuracy of CPython's own implementation). */
    private static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double ax = Math.abs(x);
        double r;
        if (ax < 1.5) {
            double sum = 0;
            double term = ax;
            double x2 = ax * ax;
            for (int n = 0; n < 100; n++) {
                double t = term / (2 * n + 1);
                sum += t;
                term = -term * x2 / (n + 1);
                if (Math.abs(t) < 1e-17 * Math.abs(sum)) {
                    break;
                }
            }
            r = 2 / Math.sqrt(Math.PI) * sum;
        } else if (ax > 30) {
            r = 1.0;
        } else {
            double x2 = ax * ax;
            double a = 0;
            for (int n = 60; n >= 1; n--) {
                a = n / 2.0 / (ax + a);
            }
            r = 1.0 - Math.exp(-x2) / Math.sqrt(Math.PI) / (ax + a);
        }
        return x < 0 ? -r : r;
    }
}
