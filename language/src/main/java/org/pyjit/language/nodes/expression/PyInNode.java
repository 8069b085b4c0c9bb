package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyOps;

/** {@code item in container}. */
public abstract class PyInNode extends PyBinaryNode {
    /** A str or int key is looked up inline (PyDict.getInline); values are never null. */
    @Specialization
    protected static boolean doDict(Object item, PyDict container) {
        return container.getInline(item) != null;
    }

    @Specialization
    protected static boolean doGeneric(Object item, Object container) {
        return PyOps.contains(container, item);
    }
}
