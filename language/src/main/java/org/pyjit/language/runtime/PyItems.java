package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Subscription ({@code obj[key]}, assignment, deletion) and len(). */
public final class PyItems {
    private PyItems() {
    }

    /**
     * key as a position in a sequence of length len; -1 when out of range. An index beyond 64 bits
     * is CPython's IndexError about its size, whatever the length.
     */
    private static long position(Object key, long len) {
        long i;
        if (key instanceof Long l) {
            i = l;
        } else {
            Object idx = PyOps.index(key);
            if (idx instanceof BigInteger) {
                throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
            }
            i = (Long) idx;
        }
        if (i < 0) {
            i += len;
        }
        return i >= 0 && i < len ? i : -1;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (PyOps.isIndexLike(key)) {
                long i = position(key, l.size());
                if (i < 0) {
                    throw PyErrors.indexError("list index out of range");
                }
                return l.get((int) i);
            } else if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(l.size());
                return new PyList(sliceOf(l.readItems(), b));
            }
            throw PyErrors.typeError("list indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof PyTuple t) {
            if (PyOps.isIndexLike(key)) {
                long i = position(key, t.size());
                if (i < 0) {
                    throw PyErrors.indexError("tuple index out of range");
                }
                return t.get((int) i);
            } else if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(t.size());
                if (b.start() == 0 && b.step() == 1 && b.length() == t.size()) {
                    return t;
                }
                return PyTuple.of(sliceOf(t.getArray(), b));
            }
            throw PyErrors.typeError("tuple indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof String str) {
            boolean bmpOnly = PyCodePoints.isBmpOnly(str);
            if (PyOps.isIndexLike(key)) {
                long i = position(key, bmpOnly ? str.length() : PyCodePoints.length(str));
                if (i < 0) {
                    throw PyErrors.indexError("string index out of range");
                }
                return PyCodePoints.charAt(str, (int) i, bmpOnly);
            } else if (key instanceof PySlice s) {
                if (!bmpOnly) {
                    return PyCodePoints.slice(str, s.indices(PyCodePoints.length(str)));
                }
                PySlice.Bounds b = s.indices(str.length());
                if (b.step() == 1) {
                    return b.length() == 0 ? "" : str.substring(b.start(), b.start() + b.length());
                }
                StringBuilder sb = new StringBuilder(b.length());
                for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) {
                    sb.append(str.charAt(i));
                }
                return sb.toString();
            }
            throw PyErrors.typeError("string indices must be integers, not '" + PyOps.typeName(key) + "'");
        } else if (obj instanceof PyDict d) {
            Object v = d.get(key);
            if (v == null) {
                throw PyErrors.keyError(key);
            }
            return v;
        } else if (obj instanceof PyRange r) {
            if (PyOps.isIndexLike(key)) {
                // A range computes its items on Python ints: a huge index is merely out of range.
                Object idx = PyOps.index(key);
                long i = idx instanceof BigInteger ? -1 : position(idx, r.length());
                if (i < 0) {
                    throw PyErrors.indexError("range object index out of range");
                }
                return r.item(i);
            } else if (key instanceof PySlice s) {
                // Slice bounds and the new step may leave the long range, so ranges are sliced on Python ints.
                return PyBigRange.slice(r.getStart(), r.getStep(), BigInteger.valueOf(r.length()), s);
            }
            throw PyErrors.typeError("range indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof PyBigRange r) {
            if (PyOps.isIndexLike(key)) {
                return r.getIndex(key);
            } else if (key instanceof PySlice s) {
                return r.slice(s);
            }
            throw PyErrors.typeError("range indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof PyInstance) {
            Object f = PyOps.typeOf(obj).lookup("__getitem__");
            if (f != null) {
                return PyOps.callUnbound(f, obj, new Object[]{key}, null);
            }
        } else if (obj instanceof PyClass c) {
            Object f = c.lookup("__class_getitem__");
            if (f != null) {
                return PyOps.call(PyAttributes.classAttribute(f, c), new Object[]{key}, null);
            }
            throw PyErrors.typeError("type '" + c.getName() + "' is not subscriptable");
        }
        if (PyForeign.isForeign(obj)) {
            return PyForeign.getItem(obj, key);
        }
        throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object is not subscriptable");
    }

    static Object[] sliceOf(Object[] src, PySlice.Bounds b) {
        Object[] r = new Object[b.length()];
        if (b.step() == 1) {
            System.arraycopy(src, b.start(), r, 0, b.length());
        } else {
            for (int k = 0, i = b.start(); k < r.length; k++, i += b.step()) {
                r[k] = src[i];
            }
        }
        return r;
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l) {
            if (PyOps.isIndexLike(key)) {
                long i = position(key, l.size());
                if (i < 0) {
                    throw PyErrors.indexError("list assignment index out of range");
                }
                l.set((int) i, value);
                return;
            } else if (key instanceof PySlice s) {
                assignSlice(l, s, value);
                return;
            }
            throw PyErrors.typeError("list indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof PyDict d) {
            d.put(key, value);
            return;
        } else if (obj instanceof PyInstance) {
            Object f = PyOps.typeOf(obj).lookup("__setitem__");
            if (f != null) {
                PyOps.callUnbound(f, obj, new Object[]{key, value}, null);
                return;
            }
        }
        if (PyForeign.isForeign(obj)) {
            PyForeign.setItem(obj, key, value);
            return;
        }
        throw PyErrors.typeError("'" + PyOps.typeName(obj) + "' object does not support item assignment");
    }

    private static void assignSlice(PyList l, PySlice s, Object value) {
        // the slice is unpacked first, and a step of 1 makes it a plain slice, as in CPython
        PySlice.Bounds b = s.indices(l.size());
        Object[] items;
        if (value == l) {
            items = l.toArray();
        } else if (value instanceof PyList vl) {
            items = vl.toArray();
        } else if (value instanceof PyTuple vt) {
            items = vt.getArray();
        } else {
            if (!PyOps.isIterable(value)) {
                throw PyErrors.typeError(b.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            }
            items = PyOps.toArray(value);
        }
        if (b.step() == 1) {
            int start = b.start();
            int stop = Math.max(start, b.stop());
            int size = l.size();
            int newSize = size - (stop - start) + items.length;
            Object[] storage = l.getStorage();
            Object[] dst = newSize <= storage.length ? storage : new Object[newSize + (newSize >> 2)];
            if (dst != storage) {
                System.arraycopy(storage, 0, dst, 0, start);
            }
            System.arraycopy(storage, stop, dst, start + items.length, size - stop);
            System.arraycopy(items, 0, dst, start, items.length);
            for (int i = newSize; i < size; i++) {
                dst[i] = null;
            }
            l.setContents(dst, newSize);
            return;
        }
        if (items.length != b.length()) {
            throw PyErrors.valueError("attempt to assign sequence of size " + items.length + " to extended slice of size " + b.length());
        }
        Object[] storage = l.getStorage();
        for (int k = 0, i = b.start(); k < items.length; k++, i += b.step()) {
            storage[i] = items[k];
        }
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyList l) {
            if (PyOps.isIndexLike(key)) {
                long i = position(key, l.size());
                if (i < 0) {
                    throw PyErrors.indexError("list assignment index out of range");
                }
                l.removeAt((int) i);
                return;
            } else if (key instanceof PySlice s) {
                PySlice.Bounds b = s.indices(l.size());
                if (b.length() == 0) {
                    return;
                }
                boolean[] drop = new boolean[l.size()];
                for (int k = 0, i = b.start(); k < b.length(); k++, i += b.step()) {
                    drop[i] = true;
                }
                Object[] storage = l.getStorage();
                int n = 0;
                int size = l.size();
                for (int i = 0; i < size; i++) {
                    if (!drop[i]) {
                        storage[n++] = storage[i];
                    }
                }
                for (int i = n; i < size; i++) {
                    storage[i] = null;
                }
                l.setContents(storage, n);
                return;
            }
            throw PyErrors.typeError("list indices must be integers or slices, not " + PyOps.typeName(key));
        } else if (obj instanceof PyDict d) {
            if (d.removeAndGet(key) == null) {
                throw PyErrors.keyError(key);
            }
            return;
        } else if (obj instanceof PyInstance) {
            PyClass t = PyOps.typeOf(obj);
            Object f = t.lookup("__delitem__");
            if (f != null) {
                PyOps.callUnbound(f, obj, new Object[]{key}, null);
                return;
            }
            if (!t.isBuiltin() && t.lookup("__setitem__") != null) {
                // CPython's item-assignment slot, there for __setitem__, looks __delitem__ up.
                throw PyErrors.attributeError("__delitem__");
            }
        }
        throw noItemDeletion(obj, key);
    }

    /**
     * CPython's two messages: a type with sequence methods given an index gets PySequence_DelItem's
     * "doesn't" (after the index is checked to fit), anything else PyObject_DelItem's "does not".
     */
    private static PyException noItemDeletion(Object obj, Object key) {
        boolean sequence = obj instanceof String || obj instanceof PyTuple || obj instanceof PyRange || obj instanceof PyBigRange ||
                        obj instanceof PyAbstractSet || obj instanceof PyDictView || obj instanceof PyInstance && !PyOps.typeOf(obj).isBuiltin();
        boolean index = key instanceof Long || key instanceof BigInteger || key instanceof Boolean ||
                        key instanceof PyInstance && PyOps.typeOf(key).lookup("__index__") != null;
        if (sequence && index) {
            if (PyOps.index(key) instanceof BigInteger) {
                throw PyErrors.of(PyTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return PyErrors.typeError("'" + PyOps.typeName(obj) + "' object doesn't support item deletion");
        }
        return PyErrors.typeError("'" + PyOps.typeName(obj) + "' object does not support item deletion");
    }

    @TruffleBoundary
    public static long len(Object obj) {
        if (obj instanceof String s) {
            return PyCodePoints.length(s);
        } else if (obj instanceof PyList l) {
            return l.size();
        } else if (obj instanceof PyTuple t) {
            return t.size();
        } else if (obj instanceof PyDict d) {
            return d.size();
        } else if (obj instanceof PyAbstractSet s) {
            return s.size();
        } else if (obj instanceof PyRange r) {
            return r.length();
        } else if (obj instanceof PyBigRange r) {
            return r.length();
        } else if (obj instanceof PyDictView v) {
            return v.getDict().size();
        } else if (obj instanceof PyInstance) {
            Object f = PyOps.typeOf(obj).lookup("__len__");
            if (f != null) {
                return PyOps.lenOfResult(PyOps.callUnbound(f, obj, new Object[0], null));
            }
        }
        if (PyForeign.isForeign(obj)) {
            return PyForeign.len(obj);
        }
        throw PyErrors.typeError("object of type '" + PyOps.typeName(obj) + "' has no len()");
    }
}
