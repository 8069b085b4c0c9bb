package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** iter() and reversed() for every iterable. */
public final class PyIterators {
    private PyIterators() {
    }

    @TruffleBoundary
    public static Object getIter(Object obj) {
        if (obj instanceof PyList l) {
            return new PyBuiltinIterators.ListIterator(l);
        } else if (obj instanceof PyRange r) {
            return new PyBuiltinIterators.RangeIterator(r.getStart(), r.getStep(), r.length());
        } else if (obj instanceof PyBigRange r) {
            return r.iterator(false);
        } else if (obj instanceof PyTuple t) {
            return new PyBuiltinIterators.ArrayIterator(t.getArray(), PyTypes.TUPLE_ITERATOR);
        } else if (obj instanceof String s) {
            return new PyBuiltinIterators.StrIterator(s);
        } else if (obj instanceof PyDict d) {
            return new PyBuiltinIterators.DictIterator(d, PyDictView.Kind.KEYS);
        } else if (obj instanceof PyAbstractSet s) {
            return new PyBuiltinIterators.SetIterator(s);
        } else if (obj instanceof PyDictView v) {
            return new PyBuiltinIterators.DictIterator(v.getDict(), v.getKind());
        } else if (obj instanceof PyIterator) {
            return obj;
        } else if (obj instanceof PyInstance) {
            PyClass t = PyOps.typeOf(obj);
            Object f = t.lookup("__iter__");
            if (f != null && f != PyNone.NONE) {
                Object it = PyOps.callUnbound(f, obj, new Object[0], null);
                if (!(it instanceof PyIterator) && PyOps.typeOf(it).lookup("__next__") == null) {
                    throw PyErrors.typeError("iter() returned non-iterator of type '" + PyOps.typeName(it) + "'");
                }
                return it;
            }
            if (f == null && t.lookup("__getitem__") != null) {
                return new PyBuiltinIterators.SequenceIterator(obj);
            }
        }
        if (PyForeign.isForeign(obj)) {
            return PyForeign.getIter(obj);
        }
        throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object is not iterable");
    }

    private static Object[] reversedCopy(Object[] a) {
        Object[] rev = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            rev[i] = a[a.length - 1 - i];
        }
        return rev;
    }

    @TruffleBoundary
    public static Object reversed(Object obj) {
        if (obj instanceof PyList l) {
            return new PyBuiltinIterators.ListReverseIterator(l);
        } else if (obj instanceof PyRange r) {
            long n = r.length();
            return new PyBuiltinIterators.RangeIterator(n == 0 ? r.getStart() : r.item(n - 1), -r.getStep(), n);
        } else if (obj instanceof PyBigRange r) {
            return r.iterator(true);
        } else if (obj instanceof PyTuple t) {
            return new PyBuiltinIterators.ArrayIterator(reversedCopy(t.getArray()), PyTypes.REVERSED);
        } else if (obj instanceof String s) {
            return new PyBuiltinIterators.StrIterator(new StringBuilder(s).reverse().toString());
        } else if (obj instanceof PyDict || obj instanceof PyDictView) {
            PyDictView v = obj instanceof PyDict d ? new PyDictView(d, PyDictView.Kind.KEYS) : (PyDictView) obj;
            PyClass type = switch (v.getKind()) {
                case KEYS -> PyTypes.DICT_REVERSE_KEY_ITERATOR;
                case VALUES -> PyTypes.DICT_REVERSE_VALUE_ITERATOR;
                case ITEMS -> PyTypes.DICT_REVERSE_ITEM_ITERATOR;
            };
            return new PyBuiltinIterators.ArrayIterator(reversedCopy(v.toArray()), type);
        } else if (obj instanceof PyInstance) {
            PyClass t = PyOps.typeOf(obj);
            Object f = t.lookup("__reversed__");
            if (f != null) {
                return PyOps.callUnbound(f, obj, new Object[0], null);
            }
            if (t.lookup("__len__") != null && t.lookup("__getitem__") != null) {
                return new PyBuiltinIterators.ReversedIterator(obj, PyOps.len(obj));
            }
        }
        throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object is not reversible");
    }
}
