package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyStatementNode;

public final class PyContinueNode extends PyStatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw PyContinueException.INSTANCE;
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        return PyLoopExit.CONTINUE;
    }
}
