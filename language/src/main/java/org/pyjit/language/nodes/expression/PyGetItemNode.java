package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * {@code obj[key]}. Lists that tier 2 pinned off-heap have their own specializations, returning the
 * unboxed item: a node that only ever reads pinned floats then compiles to a plain load whose box
 * Graal removes, where a shared path would allocate a box per read.
 */
public abstract class PyGetItemNode extends PyBinaryNode {
    @Specialization(guards = {"list.pinnedKind() == FLOAT", "inBounds(list.size(), index)"})
    protected static double doPinnedFloat(PyList list, long index) {
        return Double.longBitsToDouble(list.pinnedBits(normalize(list.size(), index)));
    }

    @Specialization(guards = {"list.pinnedKind() == INT", "inBounds(list.size(), index)"})
    protected static long doPinnedInt(PyList list, long index) {
        return list.pinnedBits(normalize(list.size(), index));
    }

    @Specialization(guards = "inBounds(list.size(), index)", replaces = {"doPinnedFloat", "doPinnedInt"})
    protected static Object doList(PyList list, long index) {
        return list.get(normalize(list.size(), index));
    }

    @Specialization(guards = "inBounds(tuple.size(), index)")
    protected static Object doTuple(PyTuple tuple, long index) {
        return tuple.get(normalize(tuple.size(), index));
    }

    @Specialization(replaces = {"doList", "doTuple"})
    protected static Object doGeneric(Object obj, Object key) {
        return PyOps.getItem(obj, key);
    }

    static final PyUnboxed FLOAT = PyUnboxed.FLOAT;
    static final PyUnboxed INT = PyUnboxed.INT;

    static boolean inBounds(int size, long index) {
        return index < 0 ? index >= -size : index < size;
    }

    private static int normalize(int size, long index) {
        return (int) (index < 0 ? index + size : index);
    }
}
