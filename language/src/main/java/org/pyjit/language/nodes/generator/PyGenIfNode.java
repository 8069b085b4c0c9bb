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
        Object result = null;
        try {
            if (branch) {
                result = then.runReturning(frame);
            } else if (orelse != null) {
                result = orelse.runReturning(frame);
            }
        } catch (PyYieldException y) {
            PyGeneratorState.save(frame, stateSlot, branch ? 1 : 2);
            throw y;
        }
        if (result == PyGeneratorState.YIELDED) {
            PyGeneratorState.save(frame, stateSlot, branch ? 1 : 2);
        }
        return result;
    }
}
