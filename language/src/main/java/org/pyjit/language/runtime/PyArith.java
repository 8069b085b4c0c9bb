package org.pyjit.language.runtime;

import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.function.LongBinaryOperator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Arithmetic on int, bool and float with Python semantics. Each operation returns
 * {@link PyNotImplemented#INSTANCE} when an operand is not a number, so callers can go on with
 * the reflected special method.
 */
public final class PyArith {
    private static final Object NI = PyNotImplemented.INSTANCE;

    private PyArith() {
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger;
    }

    private static boolean fitsLong(Object v) {
        return v instanceof Long || v instanceof Boolean;
    }

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = PyInt.toLong(a);
            long y = PyInt.toLong(b);
            long r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) {
                return PyInt.normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y)));
            }
            return r;
        }
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            return PyInt.toDouble(a) + PyInt.toDouble(b);
        }
        return PyInt.normalize(PyInt.toBig(a).add(PyInt.toBig(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = PyInt.toLong(a);
            long y = PyInt.toLong(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return PyInt.normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y)));
            }
            return r;
        }
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            return PyInt.toDouble(a) - PyInt.toDouble(b);
        }
        return PyInt.normalize(PyInt.toBig(a).subtract(PyInt.toBig(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = PyInt.toLong(a);
            long y = PyInt.toLong(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return lo;
            }
            return PyInt.normalize(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y)));
        }
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            return PyInt.toDouble(a) * PyInt.toDouble(b);
        }
        return PyInt.normalize(PyInt.toBig(a).multiply(PyInt.toBig(b)));
    }

    @TruffleBoundary
    public static Object trueDiv(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            double y = PyInt.toDouble(b);
            if (y == 0.0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return PyInt.toDouble(a) / y;
        }
        if (fitsLong(a) && fitsLong(b)) {
            long x = PyInt.toLong(a);
            long y = PyInt.toLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("division by zero");
            }
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = PyInt.toBig(a);
        BigInteger y = PyInt.toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        double r = PyFloatBits.quotient(x, y);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("integer division result too large for a float");
        }
        return r;
    }

    @TruffleBoundary
    public static Object floorDiv(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long x = PyInt.toLong(a);
            long y = PyInt.toLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("integer division or modulo by zero");
            }
            if (x == Long.MIN_VALUE && y == -1) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.floorDiv(x, y);
        }
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            double y = PyInt.toDouble(b);
            if (y == 0.0) {
                throw PyErrors.zeroDivision("float floor division by zero");
            }
            return floatDivmod(PyInt.toDouble(a), y)[0];
        }
        BigInteger y = PyInt.toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("integer division or modulo by zero");
        }
        return PyInt.normalize(bigFloorDiv(PyInt.toBig(a), y));
    }

    @TruffleBoundary
    public static Object mod(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            long y = PyInt.toLong(b);
            if (y == 0) {
                throw PyErrors.zeroDivision("integer modulo by zero");
            }
            return Math.floorMod(PyInt.toLong(a), y);
        }
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            double y = PyInt.toDouble(b);
            if (y == 0.0) {
                throw PyErrors.zeroDivision("float modulo");
            }
            return floatMod(PyInt.toDouble(a), y);
        }
        BigInteger y = PyInt.toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("integer modulo by zero");
        }
        return PyInt.normalize(bigFloorDivMod(PyInt.toBig(a), y)[1]);
    }

    @TruffleBoundary
    public static Object divmod(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            double y = PyInt.toDouble(b);
            if (y == 0.0) {
                throw PyErrors.zeroDivision("float divmod()");
            }
            double[] r = floatDivmod(PyInt.toDouble(a), y);
            return new PyTuple(new Object[]{r[0], r[1]});
        }
        BigInteger y = PyInt.toBig(b);
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("integer division or modulo by zero");
        }
        BigInteger[] r = bigFloorDivMod(PyInt.toBig(a), y);
        return new PyTuple(new Object[]{PyInt.normalize(r[0]), PyInt.normalize(r[1])});
    }

    /**
     * x // y without the remainder where the leading bits decide the quotient: pidigits' digits then
     * cost two shifts of the top words instead of a multiply and a subtract over every word.
     */
    static BigInteger bigFloorDiv(BigInteger x, BigInteger y) {
        if (hasSmallQuotient(x, y)) {
            long q = quotientFromLeadingBits(x, y);
            if (q >= 0) {
                return BigInteger.valueOf(q);
            }
        }
        return bigFloorDivMod(x, y)[0];
    }

    private static boolean hasSmallQuotient(BigInteger x, BigInteger y) {
        return x.signum() >= 0 && y.signum() > 0 && y.bitLength() >= 64 && x.bitLength() - y.bitLength() <= 31;
    }

    /**
     * floor(x / y) for {@link #hasSmallQuotient} operands when the top 63 bits of x and the same bits
     * of y decide it, else -1. With xt, yt those bits, x / y lies strictly between xt / (yt + 1) and
     * (xt + 1) / yt; when both floors agree, so does the quotient's.
     */
    private static long quotientFromLeadingBits(BigInteger x, BigInteger y) {
        if (x.bitLength() < y.bitLength()) {
            return 0;
        }
        int shift = x.bitLength() - 63;
        long xt = x.shiftRight(shift).longValue();
        long yt = y.shiftRight(shift).longValue();
        // xt + 1 reaches 2^63 at most: unsigned.
        long low = Long.divideUnsigned(xt, yt + 1);
        long high = Long.divideUnsigned(xt + 1, yt);
        return low == high ? low : -1;
    }

    static BigInteger[] bigFloorDivMod(BigInteger x, BigInteger y) {
        if (hasSmallQuotient(x, y)) {
            return smallQuotientDivMod(x, y);
        }
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /**
     * x // y and x % y for x >= 0 and y > 0 of at least 64 bits whose quotient is below 2^32 (pidigits'
     * digits): the quotient estimated from the leading 63 bits, then one multiply, one subtract and at
     * most a few corrections. Java's division normalizes both operands first (two copies and two
     * shifts of every word), which made it most of pidigits' time.
     */
    private static BigInteger[] smallQuotientDivMod(BigInteger x, BigInteger y) {
        if (x.bitLength() < y.bitLength()) {
            return new BigInteger[]{BigInteger.ZERO, x};
        }
        int shift = x.bitLength() - 63;
        // yTop keeps at least 32 bits, so the estimate is off by a few units at most.
        long q = x.shiftRight(shift).longValue() / y.shiftRight(shift).longValue();
        BigInteger r = x.subtract(y.multiply(BigInteger.valueOf(q)));
        while (r.signum() < 0) {
            q--;
            r = r.add(y);
        }
        while (r.compareTo(y) >= 0) {
            q++;
            r = r.subtract(y);
        }
        return new BigInteger[]{BigInteger.valueOf(q), r};
    }

    public static double floatMod(double x, double y) {
        double m = x % y;
        if (m != 0.0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    /** CPython's float divmod: the floor quotient is adjusted so that q*y + m == x as closely as possible. */
    public static double[] floatDivmod(double x, double y) {
        double m = x % y;
        double div = (x - m) / y;
        if (m != 0.0) {
            if ((y < 0) != (m < 0)) {
                m += y;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[]{floordiv, m};
    }

    @TruffleBoundary
    public static Object pow(Object a, Object b) {
        if (!isNumber(a) || !isNumber(b)) {
            return NI;
        }
        if (a instanceof Double || b instanceof Double) {
            return floatPow(PyInt.toDouble(a), PyInt.toDouble(b));
        }
        BigInteger e = PyInt.toBig(b);
        if (e.signum() < 0) {
            return floatPow(PyInt.toDouble(a), PyInt.toDouble(b));
        }
        if (fitsLong(a) && fitsLong(b)) {
            long base = PyInt.toLong(a);
            long exp = PyInt.toLong(b);
            long result = 1;
            boolean overflow = false;
            long bb = base;
            long ee = exp;
            while (ee > 0) {
                if ((ee & 1) != 0) {
                    long hi = Math.multiplyHigh(result, bb);
                    long lo = result * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0) {
                    long hi = Math.multiplyHigh(bb, bb);
                    long lo = bb * bb;
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                        overflow = true;
                        break;
                    }
                    bb = lo;
                }
            }
            if (!overflow) {
                return result;
            }
        }
        BigInteger base = PyInt.toBig(a);
        if (e.bitLength() > 31) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return PyInt.normalize(base.signum() < 0 && e.testBit(0) ? base : base.abs());
            }
            throw PyErrors.memoryError();
        }
        if ((long) (base.abs().bitLength() - 1) * e.longValue() >= Integer.MAX_VALUE) {
            throw PyErrors.memoryError();
        }
        return PyInt.normalize(base.pow(e.intValue()));
    }

    public static double floatPow(double x, double y) {
        if (x == 0.0 && y < 0 && y != Double.NEGATIVE_INFINITY) {
            // 0.0 ** -inf is inf: CPython takes an infinite exponent first
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && x != Double.NEGATIVE_INFINITY && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
            throw PyErrors.valueError("pyjit does not support complex numbers (negative number raised to a fractional power)");
        }
        double r = PyNativeMath.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw PyErrors.withArgs(PyTypes.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        }
        return r;
    }

    /** pow(a, b, m) for ints. */
    @TruffleBoundary
    public static Object powMod(Object a, Object b, Object m) {
        if (!PyInt.isInt(a) || !PyInt.isInt(b) || !PyInt.isInt(m)) {
            // float's pow is among the slots CPython tries, and it refuses any third argument first
            if (a instanceof Double || b instanceof Double || m instanceof Double) {
                throw PyErrors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + PyOps.typeName(a) + "', '" + PyOps.typeName(b) + "', '" +
                            PyOps.typeName(m) + "'");
        }
        BigInteger mod = PyInt.toBig(m);
        if (mod.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = PyInt.toBig(a);
        BigInteger exp = PyInt.toBig(b);
        BigInteger absMod = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException ex) {
                throw PyErrors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        if (absMod.equals(BigInteger.ONE)) {
            r = BigInteger.ZERO;
        } else {
            r = base.modPow(exp, absMod);
        }
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PyInt.normalize(r);
    }

    private static BigInteger shiftCount(Object b) {
        BigInteger cnt = PyInt.toBig(b);
        if (cnt.signum() < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        return cnt;
    }

    @TruffleBoundary
    public static Object lshift(Object a, Object b) {
        if (!PyInt.isInt(a) || !PyInt.isInt(b)) {
            return NI;
        }
        BigInteger cnt = shiftCount(b);
        if (fitsLong(a)) {
            long x = PyInt.toLong(a);
            if (x == 0) {
                return 0L;
            }
            if (cnt.bitLength() < 7) {
                int s = cnt.intValue();
                if (s < 63) {
                    long r = x << s;
                    if ((r >> s) == x) {
                        return r;
                    }
                }
            }
        }
        BigInteger x = PyInt.toBig(a);
        if (x.signum() == 0) {
            return 0L;
        }
        // CPython counts in 30-bit digits: a result of more than MAX_LONG_DIGITS of them is an
        // OverflowError before any allocation (which fails, MemoryError, below that).
        if (cnt.bitLength() > 31) {
            BigInteger[] words = cnt.divideAndRemainder(BigInteger.valueOf(30));
            long digits = (x.abs().bitLength() + 29) / 30 + (words[1].signum() != 0 ? 1 : 0);
            if (words[0].add(BigInteger.valueOf(digits)).compareTo(MAX_LONG_DIGITS) > 0) {
                throw PyErrors.overflowError("too many digits in integer");
            }
        }
        // Java's BigInteger stops at 2^31 bits; CPython's limit is memory, where it raises MemoryError.
        if (cnt.bitLength() > 31 || (long) x.bitLength() + cnt.longValue() >= Integer.MAX_VALUE) {
            throw PyErrors.memoryError();
        }
        return PyInt.normalize(x.shiftLeft(cnt.intValue()));
    }

    /** (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / sizeof(digit) on 64-bit CPython. */
    private static final BigInteger MAX_LONG_DIGITS = BigInteger.valueOf((Long.MAX_VALUE - 24) / 4);

    @TruffleBoundary
    public static Object rshift(Object a, Object b) {
        if (!PyInt.isInt(a) || !PyInt.isInt(b)) {
            return NI;
        }
        BigInteger cnt = shiftCount(b);
        if (fitsLong(a)) {
            long x = PyInt.toLong(a);
            if (cnt.bitLength() > 6) {
                return x < 0 ? -1L : 0L;
            }
            return x >> Math.min(cnt.intValue(), 63);
        }
        if (cnt.bitLength() > 31) {
            return PyInt.toBig(a).signum() < 0 ? -1L : 0L;
        }
        return PyInt.normalize(PyInt.toBig(a).shiftRight(cnt.intValue()));
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        return bitwise(a, b, (x, y) -> x & y, BigInteger::and);
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        return bitwise(a, b, (x, y) -> x | y, BigInteger::or);
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        return bitwise(a, b, (x, y) -> x ^ y, BigInteger::xor);
    }

    /** &, | and ^ of bools (a bool) or ints; {@code op} on 0/1 gives the bool result. */
    private static Object bitwise(Object a, Object b, LongBinaryOperator op, BinaryOperator<BigInteger> bigOp) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return op.applyAsLong(x ? 1L : 0L, y ? 1L : 0L) != 0;
        }
        if (!PyInt.isInt(a) || !PyInt.isInt(b)) {
            return NI;
        }
        if (fitsLong(a) && fitsLong(b)) {
            return op.applyAsLong(PyInt.toLong(a), PyInt.toLong(b));
        }
        return PyInt.normalize(bigOp.apply(PyInt.toBig(a), PyInt.toBig(b)));
    }

    @TruffleBoundary
    public static Object neg(Object v) {
        if (fitsLong(v)) {
            long x = PyInt.toLong(v);
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return -x;
        } else if (v instanceof Double d) {
            return -d;
        } else if (v instanceof BigInteger b) {
            return PyInt.normalize(b.negate());
        }
        return NI;
    }

    public static Object pos(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return isNumber(v) ? v : NI;
    }

    @TruffleBoundary
    public static Object invert(Object v) {
        if (fitsLong(v)) {
            return ~PyInt.toLong(v);
        } else if (v instanceof BigInteger b) {
            return PyInt.normalize(b.not());
        }
        return NI;
    }

    @TruffleBoundary
    public static Object abs(Object v) {
        if (fitsLong(v)) {
            long x = PyInt.toLong(v);
            if (x == Long.MIN_VALUE) {
                return BigInteger.valueOf(x).negate();
            }
            return Math.abs(x);
        } else if (v instanceof Double d) {
            return Math.abs(d);
        } else if (v instanceof BigInteger b) {
            return PyInt.normalize(b.abs());
        }
        return NI;
    }

    /** Exact comparison of two numbers (int/float mixing without precision loss): -1, 0, 1; NaN gives 2. */
    @TruffleBoundary
    public static int compareNumbers(Object a, Object b) {
        if (fitsLong(a) && fitsLong(b)) {
            return Long.compare(PyInt.toLong(a), PyInt.toLong(b));
        }
        if (a instanceof Double x && b instanceof Double y) {
            if (x.isNaN() || y.isNaN()) {
                return 2;
            }
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (a instanceof Double x) {
            return compareDoubleInt(x, b);
        }
        if (b instanceof Double y) {
            int c = compareDoubleInt(y, a);
            return c == 2 ? 2 : -c;
        }
        return PyInt.toBig(a).compareTo(PyInt.toBig(b));
    }

    private static int compareDoubleInt(double x, Object i) {
        if (Double.isNaN(x)) {
            return 2;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (fitsLong(i)) {
            long l = PyInt.toLong(i);
            if (Math.abs(l) < (1L << 53)) {
                double y = l;
                return x < y ? -1 : x > y ? 1 : 0;
            }
        }
        // The integer parts decide, and if they are equal the fraction x has beyond it.
        int c = PyFloatBits.truncate(x).compareTo(PyInt.toBig(i));
        if (c != 0 || x == Math.rint(x)) {
            return c;
        }
        return x > 0 ? 1 : -1;
    }
}
