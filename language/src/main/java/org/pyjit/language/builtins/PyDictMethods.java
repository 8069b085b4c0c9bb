package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.checkSelfCount;
import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyClassMethod;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyDictOps;
import org.pyjit.language.runtime.PyDictView;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** The methods of dict. */
final class PyDictMethods {
    private PyDictMethods() {
    }

    static void install() {
        PyClass c = PyTypes.DICT;
        def(c, "get", (args, kw) -> {
            checkSelfCount(c, "get", args, kw, 1, 2);
            Object v = ((PyDict) args[0]).get(args[1]);
            return v != null ? v : args.length > 2 ? args[2] : PyNone.NONE;
        });
        def0(c, "keys", self -> new PyDictView((PyDict) self, PyDictView.Kind.KEYS));
        def0(c, "values", self -> new PyDictView((PyDict) self, PyDictView.Kind.VALUES));
        def0(c, "items", self -> new PyDictView((PyDict) self, PyDictView.Kind.ITEMS));
        def(c, "pop", (args, kw) -> {
            checkSelfCount(c, "pop", args, kw, 1, 2);
            Object v = ((PyDict) args[0]).removeAndGet(args[1]);
            if (v != null) {
                return v;
            }
            if (args.length > 2) {
                return args[2];
            }
            throw PyErrors.keyError(args[1]);
        });
        def0(c, "popitem", self -> {
            PyDict d = (PyDict) self;
            int i = d.lastEntry();
            if (i < 0) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            Object k = d.keyAt(i);
            Object v = d.valueAt(i);
            d.remove(k);
            return new PyTuple(new Object[]{k, v});
        });
        def(c, "setdefault", (args, kw) -> {
            checkSelfCount(c, "setdefault", args, kw, 1, 2);
            PyDict d = (PyDict) args[0];
            Object v = d.get(args[1]);
            if (v != null) {
                return v;
            }
            Object dflt = args.length > 2 ? args[2] : PyNone.NONE;
            d.put(args[1], dflt);
            return dflt;
        });
        def(c, "update", (args, kw) -> {
            PyDict d = (PyDict) args[0];
            int nkw = PyArgs.kwCount(kw);
            int npos = args.length - 1 - nkw;
            if (npos > 1) {
                throw PyErrors.typeError("update expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                PyDictOps.updateFromAny(d, args[1]);
            }
            for (int i = 0; i < nkw; i++) {
                d.put(kw[i], args[args.length - nkw + i]);
            }
            return PyNone.NONE;
        });
        def0(c, "copy", self -> ((PyDict) self).copy());
        def0(c, "clear", self -> {
            ((PyDict) self).clear();
            return PyNone.NONE;
        });
        c.setAttribute("fromkeys", new PyClassMethod(new PyBuiltinFunction("fromkeys", null, (args, kw) -> {
            PyArgs.noKeywords("dict.fromkeys", kw);
            if (args.length < 2 || args.length > 3) {
                throw PyErrors.typeError("fromkeys expected at least 1 argument, got " + (args.length - 1));
            }
            PyDict d = new PyDict();
            Object v = args.length > 2 ? args[2] : PyNone.NONE;
            for (Object k : PyOps.toArray(args[1])) {
                d.put(k, v);
            }
            return d;
        })));
        PyMiscMethods.installSequenceDunders(c);
        def(c, "__setitem__", (args, kw) -> {
            checkSelfCount(c, "__setitem__", args, kw, 2, 2);
            PyOps.setItem(args[0], args[1], args[2]);
            return PyNone.NONE;
        });
        def(c, "__delitem__", (args, kw) -> {
            checkSelfCount(c, "__delitem__", args, kw, 1, 1);
            PyOps.delItem(args[0], args[1]);
            return PyNone.NONE;
        });
    }
}
