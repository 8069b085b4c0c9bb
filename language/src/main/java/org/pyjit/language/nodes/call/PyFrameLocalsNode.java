package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyFrameLocals;

/**
 * What {@code locals()}, {@code vars()} or {@code dir()} without arguments computes from the frame it is
 * called in: the call runs this instead of the builtin when its name holds the builtin
 * ({@link PyCallNode}). Only a call is slow enough to want the frame, so the frame is materialized
 * here and nowhere else.
 */
public final class PyFrameLocalsNode extends PyExpressionNode {
    private final boolean sortedNames;

    /** {@code sortedNames}: dir(), the sorted keys of the namespace. */
    public PyFrameLocalsNode(boolean sortedNames) {
        this.sortedNames = sortedNames;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyDict namespace = PyFrameLocals.of(frame.materialize());
        return sortedNames ? PyFrameLocals.sortedKeys(namespace) : namespace;
    }
}
