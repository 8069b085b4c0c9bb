package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.def1;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDictView;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyBigRange;
import org.pyjit.language.runtime.PyRange;
import org.pyjit.language.runtime.PySlice;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** range and slice methods, and the protocol methods shared by the containers. */
final class PyMiscMethods {
    private PyMiscMethods() {
    }

    static void install() {
        PyClass r = PyTypes.RANGE;
        getset(r, "start", self -> self instanceof PyRange rg ? (Object) rg.getStart() : ((PyBigRange) self).getStart(), null);
        getset(r, "stop", self -> self instanceof PyRange rg ? (Object) rg.getStop() : ((PyBigRange) self).getStop(), null);
        getset(r, "step", self -> self instanceof PyRange rg ? (Object) rg.getStep() : ((PyBigRange) self).getStep(), null);
        def1(r, "index", (self, v) -> {
            if (self instanceof PyBigRange big) {
                if (PyInt.isInt(v) && big.containsInt(v)) {
                    return big.positionOf(v);
                }
                throw PyErrors.valueError(PyOps.repr(v) + " is not in range");
            }
            PyRange rg = (PyRange) self;
            if (PyInt.isInt(v) && !(v instanceof java.math.BigInteger) && PyOps.contains(rg, v)) {
                return (PyInt.toLong(v) - rg.getStart()) / rg.getStep();
            }
            throw PyErrors.valueError(PyOps.repr(v) + " is not in range");
        });
        def1(r, "count", (self, v) -> PyOps.contains(self, v) ? 1L : 0L);
        installSequenceDunders(r);
        def0(r, "__reversed__", org.pyjit.language.runtime.PyIterators::reversed);

        PyClass s = PyTypes.SLICE;
        getset(s, "start", self -> ((PySlice) self).getStart(), null);
        getset(s, "stop", self -> ((PySlice) self).getStop(), null);
        getset(s, "step", self -> ((PySlice) self).getStep(), null);
        def1(s, "indices", (self, n) -> {
            long len = PyOps.indexAsLong(n);
            if (len < 0) {
                throw PyErrors.valueError("length should not be negative");
            }
            PySlice.Bounds b = ((PySlice) self).indices((int) Math.min(len, Integer.MAX_VALUE));
            return new PyTuple(new Object[]{(long) b.start(), (long) b.stop(), (long) b.step()});
        });

        for (PyClass v : new PyClass[]{PyTypes.DICT_KEYS, PyTypes.DICT_VALUES, PyTypes.DICT_ITEMS}) {
            installContainerDunders(v);
        }
        for (PyClass v : new PyClass[]{PyTypes.DICT_KEYS, PyTypes.DICT_ITEMS}) {
            def1(v, "isdisjoint", (self, other) -> {
                for (Object o : PyOps.toArray(other)) {
                    if (((PyDictView) self).contains(o)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

    /** __len__, __getitem__, __contains__, __iter__ for explicit calls like {@code lst.__len__()}. */
    static void installSequenceDunders(PyClass c) {
        installContainerDunders(c);
        PyDunderMethods.slot(c, "__getitem__", 1, 1, args -> PyOps.getItem(args[0], args[1]));
    }

    /** __len__, __contains__, __iter__: a set's (it has no __getitem__). */
    static void installContainerDunders(PyClass c) {
        PyDunderMethods.slot(c, "__len__", 0, 0, args -> PyOps.len(args[0]));
        PyDunderMethods.slot(c, "__contains__", 1, 1, args -> PyOps.contains(args[0], args[1]));
        PyDunderMethods.slot(c, "__iter__", 0, 0, args -> PyOps.getIter(args[0]));
    }
}
