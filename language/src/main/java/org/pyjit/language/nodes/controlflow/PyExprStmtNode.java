package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.generator.PyYieldingNode;

/** An expression evaluated for its side effects. */
public final class PyExprStmtNode extends PyStatementNode {
    @Child private PyExpressionNode expression;
    /** The expression when it is a yield: then runReturning suspends without an exception. */
    private final PyYieldingNode yielding;

    public PyExprStmtNode(PyExpressionNode expression) {
        this.expression = expression;
        this.yielding = expression instanceof PyYieldingNode y ? y : null;
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        if (yielding != null) {
            return yielding.executeAsStatement(frame);
        }
        expression.execute(frame);
        return null;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        expression.execute(frame);
    }
}
