package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.pyjit.language.runtime.PyArith;
import org.pyjit.language.runtime.PyClass;
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
        def0(i, "__int__", PyNumberMethods::asInt);
        def0(i, "__index__", PyNumberMethods::asInt);
        def0(i, "__float__", PyInt::toDouble);
        def0(i, "__abs__", PyArith::abs);
        def0(i, "__neg__", PyArith::neg);
        def0(i, "as_integer_ratio", self -> new PyTuple(new Object[]{asInt(self), 1L}));
        getset(i, "real", PyNumberMethods::asInt, null);
        getset(i, "imag", self -> 0L, null);
        getset(i, "numerator", PyNumberMethods::asInt, null);
        getset(i, "denominator", self -> 1L, null);
        def(i, "__round__", (args, kw) -> round(args[0], args.length > 1 ? args[1] : PyNone.NONE));
        def(i, "__format__", (args, kw) -> PyOps.format(args[0], PyArgs.requireStr("__format__", args[1], 1)));

        PyClass f = PyTypes.FLOAT;
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
            BigDecimal bd = new BigDecimal(d);
            BigInteger num = bd.unscaledValue();
            BigInteger den = BigInteger.ONE;
            if (bd.scale() > 0) {
                den = BigInteger.TEN.pow(bd.scale());
            } else {
                num = num.multiply(BigInteger.TEN.pow(-bd.scale()));
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
            return new PyTuple(new Object[]{PyInt.normalize(num), PyInt.normalize(den)});
        });
        def0(f, "conjugate", self -> self);
        def0(f, "__float__", self -> self);
        def0(f, "__int__", self -> PyInt.fromDouble((Double) self));
        def0(f, "__trunc__", self -> PyInt.fromDouble((Double) self));
        def0(f, "__abs__", PyArith::abs);
        def0(f, "__neg__", PyArith::neg);
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
            if (n < -100000) {
                return 0L;
            }
            BigDecimal bd = new BigDecimal(PyInt.toBig(v)).setScale((int) n, RoundingMode.HALF_EVEN);
            return PyInt.normalize(bd.toBigInteger());
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
}
