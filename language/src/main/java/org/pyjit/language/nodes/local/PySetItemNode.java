package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.nodes.PyNodeTypes;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;

/** {@code obj[key] = value}, with fast paths for list items and dict entries. */
@TypeSystemReference(PyNodeTypes.class)
public abstract class PySetItemNode extends Node {
    public abstract void execute(Object obj, Object key, Object value);

    @Specialization(guards = "inBounds(list.size(), index)")
    protected static void doList(PyList list, long index, Object value) {
        list.set((int) (index < 0 ? index + list.size() : index), value);
    }

    @Specialization
    protected static void doDict(PyDict dict, Object key, Object value) {
        dict.putInline(key, value);
    }

    @Specialization(replaces = "doList")
    protected static void doGeneric(Object obj, Object key, Object value) {
        PyOps.setItem(obj, key, value);
    }

    static boolean inBounds(int size, long index) {
        return index < 0 ? index >= -size : index < size;
    }
}
