package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

public final class PyIfExpNode extends PyExpressionNode {
    @Child private PyConditionNode test;
    @Child private PyExpressionNode body;
    @Child private PyExpressionNode orelse;

    public PyIfExpNode(PyExpressionNode test, PyExpressionNode body, PyExpressionNode orelse) {
        this.test = new PyConditionNode(test);
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return test.execute(frame) ? body.execute(frame) : orelse.execute(frame);
    }
}
