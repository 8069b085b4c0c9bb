package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.nodes.PyExpressionNode;

/** Evaluates an expression for its truth value (if/while tests). */
public final class PyConditionNode extends Node {
    @Child private PyExpressionNode operand;
    @Child private PyIsTrueNode isTrue;
    private boolean notBoolean;

    public PyConditionNode(PyExpressionNode operand) {
        this.operand = operand;
    }

    public PyExpressionNode getOperand() {
        return operand;
    }

    public boolean execute(VirtualFrame frame) {
        if (operand instanceof PyAndOrNode andOr) {
            return andOr.executeTruth(frame);
        }
        if (!notBoolean) {
            try {
                return operand.executeBoolean(frame);
            } catch (UnexpectedResultException e) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                notBoolean = true;
                return truth(e.getResult());
            }
        }
        return truth(operand.execute(frame));
    }

    private boolean truth(Object value) {
        if (isTrue == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            isTrue = insert(PyIsTrueNode.create());
        }
        return isTrue.execute(value);
    }
}
