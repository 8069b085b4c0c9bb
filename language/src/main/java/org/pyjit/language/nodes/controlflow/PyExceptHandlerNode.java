package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.runtime.PyOps;

/** One {@code except [type [as name]]:} clause. */
public final class PyExceptHandlerNode extends Node {
    @Child private PyExpressionNode type;
    @Child private PyTargetNode target;
    @Child private PyStatementNode body;

    public PyExceptHandlerNode(PyExpressionNode type, PyTargetNode target, PyStatementNode body) {
        this.type = type;
        this.target = target;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, Object exception) {
        return type == null || PyOps.exceptionMatches(exception, type.execute(frame));
    }

    /** Continues the body after a yield inside it (generators); the name is still bound. */
    public void resume(VirtualFrame frame) {
        if (target == null) {
            body.executeVoid(frame);
            return;
        }
        boolean suspended = false;
        try {
            body.executeVoid(frame);
        } catch (org.pyjit.language.nodes.generator.PyYieldException y) {
            suspended = true;
            throw y;
        } finally {
            if (!suspended) {
                target.executeWrite(frame, null);
            }
        }
    }

    public void execute(VirtualFrame frame, Object exception) {
        if (target == null) {
            body.executeVoid(frame);
            return;
        }
        target.executeWrite(frame, exception);
        boolean suspended = false;
        try {
            body.executeVoid(frame);
        } catch (org.pyjit.language.nodes.generator.PyYieldException y) {
            suspended = true;
            throw y;
        } finally {
            // "except E as e" unbinds e afterwards (CPython deletes it to break reference cycles).
            if (!suspended) {
                target.executeWrite(frame, null);
            }
        }
    }
}
