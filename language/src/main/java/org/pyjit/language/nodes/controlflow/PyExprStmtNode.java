package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;

/** An expression evaluated for its side effects. */
public final class PyExprStmtNode extends PyStatementNode {
    @Child private PyExpressionNode expression;

    public PyExprStmtNode(PyExpressionNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.execute(frame);
    }
}
