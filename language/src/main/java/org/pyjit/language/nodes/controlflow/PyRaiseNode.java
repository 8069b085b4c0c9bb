package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.PyContext;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyTraceback;

/** {@code raise}, {@code raise X}, {@code raise X from Y}. */
public final class PyRaiseNode extends PyStatementNode {
    @Child private PyExpressionNode exception;
    @Child private PyExpressionNode cause;

    public PyRaiseNode(PyExpressionNode exception, PyExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyContext context = PyContext.get(this);
        if (exception == null) {
            PyException current = context.currentHandled();
            if (current == null) {
                throw PyErrors.runtimeError("No active exception to reraise");
            }
            throw current;
        }
        Object exc = exception.execute(frame);
        Object c = cause == null ? null : cause.execute(frame);
        throw create(exc, c, context.currentHandled());
    }

    @TruffleBoundary
    private static PyException create(Object exc, Object cause, PyException handled) {
        PyException e = PyErrors.raise(exc, cause);
        if (e.getPyException() instanceof PyBaseExceptionObject obj) {
            if (obj.getTraceback() instanceof PyTraceback tb) {
                e.setTail(tb);
            }
            if (handled != null) {
                PyTryNode.chain(e, handled);
            }
        }
        return e;
    }
}
