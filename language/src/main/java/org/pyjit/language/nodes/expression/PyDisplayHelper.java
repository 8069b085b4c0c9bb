package org.pyjit.language.nodes.expression;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PySet;
import org.pyjit.language.runtime.PyTuple;

/** Slow paths of displays: sets, starred items, dict unpacking. */
final class PyDisplayHelper {
    private PyDisplayHelper() {
    }

    @TruffleBoundary
    static PySet newSet(Object[] values) {
        PySet s = new PySet();
        for (Object v : values) {
            PyOps.callMethod(s, "add", v);
        }
        return s;
    }

    /** values[i] is spread when starred[i]. */
    @TruffleBoundary
    static Object build(PyTupleNode.Kind kind, Object[] values, boolean[] starred) {
        ArrayList<Object> all = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                if (kind != PyTupleNode.Kind.SET && !PyOps.isIterable(values[i])) {
                    // CPython's LIST_EXTEND says this; a set display's SET_UPDATE the plain message
                    throw PyErrors.typeError("Value after * must be an iterable, not " + PyOps.typeName(values[i]));
                }
                for (Object o : PyOps.toArray(values[i])) {
                    all.add(o);
                }
            } else {
                all.add(values[i]);
            }
        }
        Object[] arr = all.toArray();
        switch (kind) {
            case TUPLE:
                return new PyTuple(arr);
            case LIST:
                return new PyList(arr);
            default:
                return newSet(arr);
        }
    }

    @TruffleBoundary
    static PyDict buildDict(Object[] keys, Object[] values) {
        PyDict d = new PyDict();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == null) {
                Object m = values[i];
                if (m instanceof PyDict src) {
                    for (Object k : src.keys()) {
                        d.put(k, src.get(k));
                    }
                } else {
                    Object ks = PyOps.getAttrOrNull(m, "keys");
                    if (ks == null) {
                        throw PyErrors.typeError("'" + PyOps.typeName(m) + "' object is not a mapping");
                    }
                    for (Object k : PyOps.toArray(PyOps.call(ks, new Object[0], null))) {
                        d.put(k, PyOps.getItem(m, k));
                    }
                }
            } else {
                PyOps.hash(keys[i]);
                d.put(keys[i], values[i]);
            }
        }
        return d;
    }
}
