package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.strings.TruffleString;

/**
 * The boundary between Python values and interop values. Leaving Python, only BigInteger needs a
 * wrapper; entering it, Java boxes become Python's Long/Double/String, foreign numbers, strings,
 * booleans and nulls are converted, and every other foreign object stays as it is (see PyForeign).
 */
public final class PyInterop {
    private PyInterop() {
    }

    public static Object toForeign(Object v) {
        return v instanceof BigInteger b ? new PyBigIntValue(b) : v;
    }

    @TruffleBoundary
    public static Object fromForeign(Object v) {
        if (v instanceof Long || v instanceof String || v instanceof Double || v instanceof Boolean || v instanceof PyObject) {
            return v;
        } else if (v instanceof Integer i) {
            return (long) i;
        } else if (v instanceof Short s) {
            return (long) s;
        } else if (v instanceof Byte b) {
            return (long) b;
        } else if (v instanceof Float f) {
            return (double) f;
        } else if (v instanceof Character c) {
            return String.valueOf(c);
        } else if (v instanceof PyBigIntValue b) {
            return b.value;
        } else if (v instanceof TruffleString ts) {
            return ts.toJavaStringUncached();
        } else if (v == null) {
            return PyNone.NONE;
        }
        InteropLibrary lib = InteropLibrary.getUncached(v);
        try {
            if (lib.isNull(v)) {
                return PyNone.NONE;
            } else if (lib.isBoolean(v)) {
                return lib.asBoolean(v);
            } else if (lib.isString(v)) {
                return lib.asString(v);
            } else if (lib.isNumber(v)) {
                if (lib.fitsInLong(v)) {
                    return lib.asLong(v);
                } else if (lib.fitsInBigInteger(v)) {
                    return PyInt.normalize(lib.asBigInteger(v));
                } else if (lib.fitsInDouble(v)) {
                    return lib.asDouble(v);
                }
            }
        } catch (UnsupportedMessageException e) {
            // The object said it was of that kind; keep it foreign if it then refuses.
        }
        return v;
    }

    @TruffleBoundary
    public static Object[] fromForeign(Object[] args) {
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = fromForeign(args[i]);
        }
        return r;
    }

    @TruffleBoundary
    public static Object[] toForeign(Object[] args) {
        Object[] r = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            r[i] = toForeign(args[i]);
        }
        return r;
    }

    /** The repr, which is how embedders and the REPL see a Python value; never fails. */
    @TruffleBoundary
    public static String displayString(Object v) {
        try {
            return PyOps.repr(v);
        } catch (PyException e) {
            return PyRepr.defaultObjectRepr(v);
        }
    }
}
