package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

public final class PyNotNode extends PyExpressionNode {
    @Child private PyConditionNode operand;

    public PyNotNode(PyExpressionNode operand) {
        this.operand = new PyConditionNode(operand);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return !operand.execute(frame);
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !operand.execute(frame);
    }
}
