package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyNone;

public final class PyReturnNode extends PyStatementNode {
    @Child private PyExpressionNode value;

    public PyReturnNode(PyExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new PyReturnException(value == null ? PyNone.NONE : value.execute(frame));
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        return value == null ? PyNone.NONE : value.execute(frame);
    }
}
