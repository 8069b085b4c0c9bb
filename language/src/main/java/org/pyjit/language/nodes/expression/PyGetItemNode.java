package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;

/** {@code obj[key]}. */
public abstract class PyGetItemNode extends PyBinaryNode {
    @Specialization(guards = "inBounds(list.size(), index)")
    protected static Object doList(PyList list, long index) {
        return list.get((int) (index < 0 ? index + list.size() : index));
    }

    @Specialization(guards = "inBounds(tuple.size(), index)")
    protected static Object doTuple(PyTuple tuple, long index) {
        return tuple.get((int) (index < 0 ? index + tuple.size() : index));
    }

    /** A present str or int key is found inline; a missing one raises KeyError from the general path. */
    @Specialization
    protected static Object doDict(PyDict dict, Object key) {
        Object v = dict.getInline(key);
        return v != null ? v : PyOps.getItem(dict, key);
    }

    @Specialization(replaces = {"doList", "doTuple"})
    protected static Object doGeneric(Object obj, Object key) {
        return PyOps.getItem(obj, key);
    }

    static boolean inBounds(int size, long index) {
        return index < 0 ? index >= -size : index < size;
    }
}
