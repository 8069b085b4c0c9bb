package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.def1;

import org.pyjit.language.runtime.PyAbstractSet;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyFrozenSet;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PySet;
import org.pyjit.language.runtime.PySetOps;
import org.pyjit.language.runtime.PyTypes;

/** The methods of set and frozenset. */
final class PySetMethods {
    private PySetMethods() {
    }

    /** Set elements are looked up as frozensets when they are sets, like CPython's set_contains. */
    private static Object key(Object v) {
        if (v instanceof PySet s) {
            PyFrozenSet f = new PyFrozenSet();
            f.addAllFrom(s);
            return f;
        }
        return v;
    }

    static void install() {
        for (PyClass c : new PyClass[]{PyTypes.SET, PyTypes.FROZENSET}) {
            def(c, "union", (args, kw) -> {
                PyArgs.noKeywords("union", kw);
                PyAbstractSet r = PySetOps.copy((PyAbstractSet) args[0]);
                for (int i = 1; i < args.length; i++) {
                    PySetOps.addAll(r, args[i]);
                }
                return r;
            });
            def(c, "intersection", (args, kw) -> {
                PyArgs.noKeywords("intersection", kw);
                PyAbstractSet r = PySetOps.copy((PyAbstractSet) args[0]);
                for (int i = 1; i < args.length; i++) {
                    r = PySetOps.intersection(r, args[i]);
                }
                return r;
            });
            def(c, "difference", (args, kw) -> {
                PyArgs.noKeywords("difference", kw);
                PyAbstractSet self = (PyAbstractSet) args[0];
                if (args.length == 1) {
                    return PySetOps.copy(self);
                }
                // The first difference makes the result; the others are removed from it in place.
                PyAbstractSet r = PySetOps.difference(self, args[1]);
                for (int i = 2; i < args.length; i++) {
                    PySetOps.differenceUpdate(r, args[i]);
                }
                return r;
            });
            def1(c, "symmetric_difference", (self, o) -> PySetOps.symmetricDifference((PyAbstractSet) self, o));
            def1(c, "issubset", (self, o) -> PySetOps.isSubset((PyAbstractSet) self, PySetOps.toSet(o)));
            def1(c, "issuperset", (self, o) -> PySetOps.isSubset(PySetOps.toSet(o), (PyAbstractSet) self));
            def1(c, "isdisjoint", (self, o) -> PySetOps.isDisjoint((PyAbstractSet) self, o));
            def0(c, "copy", self -> self instanceof PyFrozenSet ? self : PySetOps.copy((PyAbstractSet) self));
            PyMiscMethods.installContainerDunders(c);
        }
        PyClass s = PyTypes.SET;
        def1(s, "add", (self, v) -> {
            ((PySet) self).addElement(v);
            return PyNone.NONE;
        });
        def1(s, "remove", (self, v) -> {
            if (!((PySet) self).discardElement(key(v))) {
                throw PyErrors.keyError(v);
            }
            return PyNone.NONE;
        });
        def1(s, "discard", (self, v) -> {
            ((PySet) self).discardElement(key(v));
            return PyNone.NONE;
        });
        def0(s, "pop", self -> {
            Object v = ((PySet) self).popElement();
            if (v == null) {
                throw PyErrors.keyError("pop from an empty set");
            }
            return v;
        });
        def0(s, "clear", self -> {
            ((PySet) self).clearElements();
            return PyNone.NONE;
        });
        def(s, "update", (args, kw) -> {
            PyArgs.noKeywords("update", kw);
            for (int i = 1; i < args.length; i++) {
                PySetOps.addAll((PySet) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        def(s, "intersection_update", (args, kw) -> {
            PyArgs.noKeywords("intersection_update", kw);
            for (int i = 1; i < args.length; i++) {
                PySetOps.intersectionUpdate((PySet) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        def(s, "difference_update", (args, kw) -> {
            PyArgs.noKeywords("difference_update", kw);
            for (int i = 1; i < args.length; i++) {
                PySetOps.differenceUpdate((PySet) args[0], args[i]);
            }
            return PyNone.NONE;
        });
        def1(s, "symmetric_difference_update", (self, o) -> {
            PySetOps.symmetricDifferenceUpdate((PySet) self, o);
            return PyNone.NONE;
        });
    }
}
