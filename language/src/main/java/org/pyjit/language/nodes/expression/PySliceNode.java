package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PySlice;

/** {@code lower:upper:step} inside a subscript. */
public final class PySliceNode extends PyExpressionNode {
    @Child private PyExpressionNode lower;
    @Child private PyExpressionNode upper;
    @Child private PyExpressionNode step;

    public PySliceNode(PyExpressionNode lower, PyExpressionNode upper, PyExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object l = lower == null ? PyNone.NONE : lower.execute(frame);
        Object u = upper == null ? PyNone.NONE : upper.execute(frame);
        Object s = step == null ? PyNone.NONE : step.execute(frame);
        return new PySlice(l, u, s);
    }
}
