package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.PyContext;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.generator.PyGeneratorState;
import org.pyjit.language.nodes.generator.PyYieldException;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyExceptionChaining;

/**
 * {@code try/except/else/finally}. In a generator body that yields inside the statement,
 * {@code stateSlot} records where it was suspended: 1 body, 2 else, 3 finally, 10+k handler k.
 */
public final class PyTryNode extends PyStatementNode {
    private static final int IN_BODY = 1;
    private static final int IN_ELSE = 2;
    private static final int IN_FINALLY = 3;
    private static final int IN_HANDLER = 10;

    @Child private PyStatementNode body;
    @Children private final PyExceptHandlerNode[] handlers;
    @Child private PyStatementNode orelse;
    @Child private PyStatementNode finalbody;
    private final String fileName;
    private final String functionName;
    private final int stateSlot;
    /** In a generator: the exception a handler that yielded is handling, restored when it resumes. */
    private final int handledSlot;

    public PyTryNode(PyStatementNode body, PyExceptHandlerNode[] handlers, PyStatementNode orelse, PyStatementNode finalbody, String fileName,
                    String functionName, int stateSlot, int handledSlot) {
        this.handledSlot = handledSlot;
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.fileName = fileName;
        this.functionName = functionName;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = stateSlot >= 0 ? PyGeneratorState.take(frame, stateSlot) : 0;
        if (finalbody == null) {
            executeExcept(frame, state);
            return;
        }
        if (state != IN_FINALLY) {
            try {
                executeExcept(frame, state);
            } catch (PyYieldException y) {
                throw y;
            } catch (PyException e) {
                runFinallyWithPending(frame, e);
                throw e;
            } catch (ControlFlowException e) {
                finalbody.executeVoid(frame);
                throw e;
            }
        }
        try {
            finalbody.executeVoid(frame);
        } catch (PyYieldException y) {
            save(frame, IN_FINALLY);
            throw y;
        }
    }

    private void save(VirtualFrame frame, int state) {
        if (stateSlot >= 0) {
            PyGeneratorState.save(frame, stateSlot, state);
        }
    }

    private void runFinallyWithPending(VirtualFrame frame, PyException pending) {
        try {
            finalbody.executeVoid(frame);
        } catch (PyException inner) {
            pending.recordTraceback(fileName, functionName);
            chain(inner, pending);
            throw inner;
        }
    }

    private void executeExcept(VirtualFrame frame, int state) {
        if (state >= IN_HANDLER) {
            resumeHandler(frame, state - IN_HANDLER);
            return;
        }
        if (state != IN_ELSE) {
            if (handlers.length == 0) {
                runBody(frame);
            } else {
                try {
                    runBody(frame);
                } catch (PyException e) {
                    handle(frame, e);
                    return;
                }
            }
        }
        if (orelse != null) {
            try {
                orelse.executeVoid(frame);
            } catch (PyYieldException y) {
                save(frame, IN_ELSE);
                throw y;
            }
        }
    }

    private void runBody(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
        } catch (PyYieldException y) {
            save(frame, IN_BODY);
            throw y;
        }
    }

    @ExplodeLoop
    private void resumeHandler(VirtualFrame frame, int index) {
        for (int k = 0; k < handlers.length; k++) {
            if (k == index) {
                PyException handled = (PyException) frame.getObjectStatic(handledSlot);
                PyContext context = PyContext.get(this);
                context.pushHandled(handled);
                try {
                    handlers[k].resume(frame);
                } catch (PyYieldException y) {
                    save(frame, IN_HANDLER + k);
                    throw y;
                } catch (PyException inner) {
                    chain(inner, handled);
                    throw inner;
                } finally {
                    context.popHandled();
                }
                frame.setObjectStatic(handledSlot, null);
                return;
            }
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PyException e) {
        Object exception = e.getPyException();
        for (int k = 0; k < handlers.length; k++) {
            PyExceptHandlerNode handler = handlers[k];
            if (handler.matches(frame, exception)) {
                e.recordTraceback(fileName, functionName);
                PyContext context = PyContext.get(this);
                PyExceptionChaining.chainToHandled(e, context.currentHandled());
                context.pushHandled(e);
                try {
                    handler.execute(frame, exception);
                } catch (PyYieldException y) {
                    save(frame, IN_HANDLER + k);
                    frame.setObjectStatic(handledSlot, e);
                    throw y;
                } catch (PyException inner) {
                    chain(inner, e);
                    throw inner;
                } finally {
                    context.popHandled();
                }
                return;
            }
        }
        throw e;
    }

    /** Sets {@code __context__} of an exception raised while {@code handled} was being handled. */
    public static void chain(PyException raised, PyException handled) {
        PyExceptionChaining.chainToHandled(raised, handled);
    }
}
