package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.runtime.PyOps;

/** {@code item not in container}. */
public abstract class PyNotInNode extends PyBinaryNode {
    @Specialization
    protected static boolean doGeneric(Object item, Object container) {
        return !PyOps.contains(container, item);
    }
}
