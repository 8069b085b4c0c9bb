package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict operations shared by the dict methods, the dict() constructor and the operators. */
public final class PyDictOps {
    private PyDictOps() {
    }

    @TruffleBoundary
    public static void update(PyDict target, PyDict src) {
        for (int i = 0; i < src.entryLimit(); i++) {
            Object k = src.keyAt(i);
            if (k != null) {
                target.put(k, src.valueAt(i));
            }
        }
    }

    /** dict.update(x): a dict, an object with keys(), or an iterable of pairs. */
    @TruffleBoundary
    public static void updateFromAny(PyDict target, Object src) {
        if (src instanceof PyDict d) {
            update(target, d);
            return;
        }
        if (src instanceof PyInstance && PyOps.typeOf(src).lookup("keys") != null) {
            Object keys = PyOps.callMethod(src, "keys");
            for (Object k : PyOps.toArray(keys)) {
                target.put(k, PyOps.getItem(src, k));
            }
            return;
        }
        if (!PyOps.isIterable(src)) {
            throw PyErrors.typeError("'" + PyOps.typeName(src) + "' object is not iterable");
        }
        Object it = PyOps.getIter(src);
        Object item;
        int n = 0;
        while ((item = PyOps.next(it)) != null) {
            Object[] kv;
            if (item instanceof PyTuple t && t.size() == 2) {
                kv = t.getArray();
            } else {
                if (!PyOps.isIterable(item)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                }
                kv = PyOps.toArray(item);
                if (kv.length != 2) {
                    throw PyErrors.valueError("dictionary update sequence element #" + n + " has length " + kv.length + "; 2 is required");
                }
            }
            target.put(kv[0], kv[1]);
            n++;
        }
    }

    @TruffleBoundary
    public static boolean dictEquals(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entryLimit(); i++) {
            Object k = a.keyAt(i);
            if (k != null) {
                Object bv = b.get(k);
                if (bv == null || !PyOps.sameOrEq(a.valueAt(i), bv)) {
                    return false;
                }
            }
        }
        return true;
    }
}
