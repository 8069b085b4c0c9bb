package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.expression.PyConditionNode;
import org.pyjit.language.runtime.PyErrors;

public final class PyAssertNode extends PyStatementNode {
    @Child private PyConditionNode test;
    @Child private PyExpressionNode message;

    public PyAssertNode(PyExpressionNode test, PyExpressionNode message) {
        this.test = new PyConditionNode(test);
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!test.execute(frame)) {
            throw PyErrors.assertionError(message == null ? null : message.execute(frame));
        }
    }
}
