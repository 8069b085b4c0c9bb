package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.expression.PyConditionNode;

/** An if statement of a generator body whose branches yield: resumes in the branch it left. */
public final class PyGenIfNode extends PyStatementNode {
    @Child private PyConditionNode test;
    @Child private PyStatementNode then;
    @Child private PyStatementNode orelse;
    private final int stateSlot;

    public PyGenIfNode(PyExpressionNode test, PyStatementNode then, PyStatementNode orelse, int stateSlot) {
        this.test = new PyConditionNode(test);
        this.then = then;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyGeneratorState.rethrow(runReturning(frame));
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        int state = PyGeneratorState.take(frame, stateSlot);
        boolean branch;
        if (state == 0) {
            branch = test.execute(frame);
        } else {
            branch = state == 1;
        }
        if (branch) {
            return PyGeneratorState.runPart(frame, then, stateSlot, 1);
        } else if (orelse != null) {
            return PyGeneratorState.runPart(frame, orelse, stateSlot, 2);
        }
        return null;
    }
}
