package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.checkSelfCount;
import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def1;

import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** The methods of tuple. */
final class PyTupleMethods {
    private PyTupleMethods() {
    }

    static void install() {
        PyClass c = PyTypes.TUPLE;
        def(c, "index", (args, kw) -> {
            checkSelfCount(c, "index", args, kw, 1, 3);
            PyTuple t = (PyTuple) args[0];
            int[] r = PyListMethods.range(args, t.size());
            for (int i = r[0]; i < r[1]; i++) {
                if (PyOps.sameOrEq(t.get(i), args[1])) {
                    return (long) i;
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });
        def1(c, "count", (self, v) -> {
            long n = 0;
            for (Object o : ((PyTuple) self).getArray()) {
                if (PyOps.sameOrEq(o, v)) {
                    n++;
                }
            }
            return n;
        });
        PyMiscMethods.installSequenceDunders(c);
    }
}
