package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.controlflow.PyBreakException;
import org.pyjit.language.nodes.controlflow.PyContinueException;
import org.pyjit.language.nodes.controlflow.PyLoopExit;
import org.pyjit.language.nodes.expression.PyConditionNode;

/** A while loop of a generator body that yields: resumes inside its body (state 1) or else part (2). */
public final class PyGenWhileNode extends PyStatementNode {
    @Child private PyConditionNode test;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    private final int stateSlot;

    public PyGenWhileNode(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse, int stateSlot) {
        this.test = new PyConditionNode(test);
        this.body = body;
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
        if (state != 2) {
            boolean resuming = state == 1;
            while (true) {
                if (!resuming && !test.execute(frame)) {
                    break;
                }
                resuming = false;
                Object result = null;
                try {
                    result = PyGeneratorState.runPart(frame, body, stateSlot, 1);
                } catch (PyBreakException e) {
                    return null;
                } catch (PyContinueException e) {
                    // next iteration
                }
                if (result == PyLoopExit.BREAK) {
                    return null;
                } else if (result != null && result != PyLoopExit.CONTINUE) {
                    return result;
                }
            }
        }
        if (orelse != null) {
            return PyGeneratorState.runPart(frame, orelse, stateSlot, 2);
        }
        return null;
    }
}
