package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.local.PyTargetNode;

/** {@code target := value}. */
public final class PyNamedExprNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    @Child private PyTargetNode target;

    public PyNamedExprNode(PyExpressionNode value, PyTargetNode target) {
        this.value = value;
        this.target = target;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        target.executeWrite(frame, v);
        return v;
    }
}
