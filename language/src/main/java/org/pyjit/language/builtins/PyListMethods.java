package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.checkSelfCount;
import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.def1;

import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PySort;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods of list. */
final class PyListMethods {
    private PyListMethods() {
    }

    static void install() {
        PyClass c = PyTypes.LIST;
        def1(c, "append", (self, v) -> {
            ((PyList) self).append(v);
            return PyNone.NONE;
        });
        def1(c, "extend", (self, v) -> {
            PyList l = (PyList) self;
            if (v instanceof PyList o) {
                l.addAll(o.toArray(), o.size());
            } else {
                Object[] items = PyOps.toArray(v);
                l.addAll(items, items.length);
            }
            return PyNone.NONE;
        });
        def(c, "pop", (args, kw) -> {
            checkSelfCount(c, "pop", args, kw, 0, 1);
            PyList l = (PyList) args[0];
            if (l.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            long i = args.length > 1 ? PyOps.indexAsLong(args[1]) : -1;
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw PyErrors.indexError("pop index out of range");
            }
            return l.removeAt((int) i);
        });
        def(c, "insert", (args, kw) -> {
            checkSelfCount(c, "insert", args, kw, 2, 2);
            PyList l = (PyList) args[0];
            long i = PyOps.indexAsLong(args[1]);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            l.insert((int) Math.min(i, n), args[2]);
            return PyNone.NONE;
        });
        def(c, "index", (args, kw) -> {
            checkSelfCount(c, "index", args, kw, 1, 3);
            PyList l = (PyList) args[0];
            int[] r = range(args, l.size());
            for (int i = r[0]; i < Math.min(r[1], l.size()); i++) {
                if (PyOps.sameOrEq(l.get(i), args[1])) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError(PyOps.repr(args[1]) + " is not in list");
        });
        def1(c, "count", (self, v) -> {
            PyList l = (PyList) self;
            long n = 0;
            for (int i = 0; i < l.size(); i++) {
                if (PyOps.sameOrEq(l.get(i), v)) {
                    n++;
                }
            }
            return n;
        });
        def1(c, "remove", (self, v) -> {
            PyList l = (PyList) self;
            for (int i = 0; i < l.size(); i++) {
                if (PyOps.sameOrEq(l.get(i), v)) {
                    l.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        def0(c, "reverse", self -> {
            PyList l = (PyList) self;
            Object[] a = l.getStorage();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                Object t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
            return PyNone.NONE;
        });
        def0(c, "copy", self -> new PyList(((PyList) self).toArray()));
        def0(c, "clear", self -> {
            ((PyList) self).clear();
            return PyNone.NONE;
        });
        def(c, "sort", (args, kw) -> {
            int nkw = PyArgs.kwCount(kw);
            if (args.length - nkw != 1) {
                throw PyErrors.typeError("sort() takes no positional arguments");
            }
            Object key = null;
            Object reverse = null;
            for (int i = 0; i < nkw; i++) {
                Object v = args[args.length - nkw + i];
                switch (kw[i]) {
                    case "key" -> key = v;
                    case "reverse" -> reverse = v;
                    default -> throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                }
            }
            sortList((PyList) args[0], key, reverse);
            return PyNone.NONE;
        });
        PyMiscMethods.installSequenceDunders(c);
        def(c, "__setitem__", (args, kw) -> {
            checkSelfCount(c, "__setitem__", args, kw, 2, 2);
            PyOps.setItem(args[0], args[1], args[2]);
            return PyNone.NONE;
        });
        def1(c, "__delitem__", (self, k) -> {
            PyOps.delItem(self, k);
            return PyNone.NONE;
        });
        def0(c, "__reversed__", org.pyjit.language.runtime.PyIterators::reversed);
    }

    /** start/stop arguments of index(): args[2], args[3] (optional) normalized against the length. */
    static int[] range(Object[] args, int len) {
        long start = args.length > 2 ? indexBound(args[2]) : 0;
        long stop = args.length > 3 ? indexBound(args[3]) : len;
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + len);
        }
        return new int[]{(int) Math.min(start, len), (int) Math.min(stop, len)};
    }

    /** A start or stop of index(): CPython's _PyEval_SliceIndexNotNone, clamped to 64 bits. */
    private static long indexBound(Object v) {
        if (!PyOps.isIndexLike(v)) {
            throw PyErrors.typeError("slice indices must be integers or have an __index__ method");
        }
        return PyOps.indexAsLongClamped(v);
    }

    /** list.sort(key=, reverse=) and sorted(). */
    @TruffleBoundary
    static void sortList(PyList l, Object key, Object reverse) {
        // CPython parses reverse as a C int: None, floats and strings are TypeErrors, not truth values.
        boolean rev = reverse != null && PyArgs.cInt(reverse) != 0;
        int n = l.size();
        Object[] items = l.getStorage();
        // Like CPython, the list looks empty while it is being sorted.
        l.setContents(new Object[0], 0);
        try {
            Object[] keys = null;
            if (key != null && key != PyNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = PyOps.call(key, new Object[]{items[i]}, null);
                }
            }
            PySort.sort(items, n, keys, rev);
        } finally {
            boolean modified = l.size() != 0;
            l.setContents(items, n);
            if (modified) {
                throw PyErrors.valueError("list modified during sort");
            }
        }
    }
}
