package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.controlflow.PyBreakException;
import org.pyjit.language.nodes.controlflow.PyContinueException;
import org.pyjit.language.nodes.controlflow.PyLoopExit;
import org.pyjit.language.nodes.controlflow.PyNextNode;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyOps;

/**
 * A for loop of a generator body that yields. Its iterator lives in a frame slot so that a
 * resumption continues the same iteration (state 1) or the else part (state 2).
 */
public final class PyGenForNode extends PyStatementNode {
    @Child private PyExpressionNode iterable;
    @Child private PyTargetNode target;
    @Child private PyStatementNode body;
    @Child private PyStatementNode orelse;
    @Child private PyNextNode next = new PyNextNode();
    private final int stateSlot;
    private final int iteratorSlot;
    /** The iterable is a call or generator expression: see {@link PyGenerator#closeTemporary}. */
    private final boolean temporary;

    public PyGenForNode(PyExpressionNode iterable, PyTargetNode target, PyStatementNode body, PyStatementNode orelse, int stateSlot, int iteratorSlot,
                    boolean temporary) {
        this.iterable = iterable;
        this.temporary = temporary;
        this.target = target;
        this.body = body;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
        this.iteratorSlot = iteratorSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyGeneratorState.rethrow(runReturning(frame));
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        if (!temporary) {
            return run(frame);
        }
        Object result;
        try {
            result = run(frame);
        } catch (PyException e) {
            closeIterator(frame);
            throw e;
        }
        if (result != null && result != PyGeneratorState.YIELDED) {
            closeIterator(frame);
        }
        return result;
    }

    private void closeIterator(VirtualFrame frame) {
        Object it = frame.getObjectStatic(iteratorSlot);
        frame.setObjectStatic(iteratorSlot, null);
        PyGenerator.closeTemporary(it);
    }

    private Object run(VirtualFrame frame) {
        int state = PyGeneratorState.take(frame, stateSlot);
        if (state != 2) {
            Object it;
            boolean resuming = state == 1;
            if (resuming) {
                it = frame.getObjectStatic(iteratorSlot);
            } else {
                it = PyOps.getIter(iterable.execute(frame));
                frame.setObjectStatic(iteratorSlot, it);
            }
            while (true) {
                if (!resuming) {
                    Object v = next.execute(it);
                    if (v == null) {
                        break;
                    }
                    target.executeWrite(frame, v);
                }
                resuming = false;
                Object result = null;
                try {
                    result = PyGeneratorState.runPart(frame, body, stateSlot, 1);
                } catch (PyBreakException e) {
                    result = PyLoopExit.BREAK;
                } catch (PyContinueException e) {
                    // next iteration
                }
                if (result == PyLoopExit.BREAK) {
                    frame.setObjectStatic(iteratorSlot, null);
                    if (temporary) {
                        PyGenerator.closeTemporary(it);
                    }
                    return null;
                } else if (result != null && result != PyLoopExit.CONTINUE) {
                    return result;
                }
            }
            frame.setObjectStatic(iteratorSlot, null);
        }
        if (orelse != null) {
            return PyGeneratorState.runPart(frame, orelse, stateSlot, 2);
        }
        return null;
    }
}
