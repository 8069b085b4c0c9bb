package org.pyjit.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.runtime.PyException;

/**
 * An expression that starts on another line than the statement or expression around it, as in a
 * call or display spread over lines: an exception raised in it gets its line in the traceback, as
 * CPython's instructions carry their own lines. Innermost first, like {@link PyBlockNode}.
 */
public final class PyLineNode extends PyExpressionNode {
    private final int line;
    @Child private PyExpressionNode expression;

    public PyLineNode(int line, PyExpressionNode expression) {
        this.line = line;
        this.expression = expression;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return expression.execute(frame);
        } catch (PyException e) {
            throw located(e);
        }
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeLong(frame);
        } catch (PyException e) {
            throw located(e);
        }
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeDouble(frame);
        } catch (PyException e) {
            throw located(e);
        }
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return expression.executeBoolean(frame);
        } catch (PyException e) {
            throw located(e);
        }
    }

    private PyException located(PyException e) {
        e.setPendingLineIfUnset(line);
        return e;
    }

    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
