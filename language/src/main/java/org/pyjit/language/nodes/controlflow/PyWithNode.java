package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.pyjit.language.PyContext;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.generator.PyGeneratorState;
import org.pyjit.language.nodes.generator.PyYieldException;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/** {@code with manager [as target]: body} (one item; several items nest). */
public final class PyWithNode extends PyStatementNode {
    @Child private PyExpressionNode manager;
    @Child private PyTargetNode target;
    @Child private PyStatementNode body;
    private final String fileName;
    private final String functionName;
    /** In generator bodies that yield inside the with: slots for the resume state and the manager. */
    private final int stateSlot;
    private final int managerSlot;

    public PyWithNode(PyExpressionNode manager, PyTargetNode target, PyStatementNode body, String fileName, String functionName, int stateSlot,
                    int managerSlot) {
        this.stateSlot = stateSlot;
        this.managerSlot = managerSlot;
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.fileName = fileName;
        this.functionName = functionName;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr;
        Object[] methods;
        if (stateSlot >= 0 && PyGeneratorState.take(frame, stateSlot) != 0) {
            mgr = frame.getObjectStatic(managerSlot);
            methods = lookup(mgr);
        } else {
            mgr = manager.execute(frame);
            methods = lookup(mgr);
            Object value = PyOps.callUnbound(methods[0], mgr, new Object[0], null);
            if (target != null) {
                target.executeWrite(frame, value);
            }
        }
        try {
            body.executeVoid(frame);
        } catch (PyYieldException y) {
            PyGeneratorState.save(frame, stateSlot, 1);
            frame.setObjectStatic(managerSlot, mgr);
            throw y;
        } catch (PyException e) {
            e.recordTraceback(fileName, functionName);
            Object exc = e.getPyException();
            PyContext context = PyContext.get(this);
            context.pushHandled(e);
            Object suppress;
            try {
                Object tb = exc instanceof PyBaseExceptionObject b && b.getTraceback() != null ? b.getTraceback() : PyNone.NONE;
                suppress = PyOps.callUnbound(methods[1], mgr, new Object[]{PyOps.typeOf(exc), exc, tb}, null);
            } catch (PyException inner) {
                PyTryNode.chain(inner, e);
                throw inner;
            } finally {
                context.popHandled();
            }
            if (!PyOps.isTrue(suppress)) {
                throw e;
            }
            return;
        } catch (ControlFlowException e) {
            exitNormally(mgr, methods[1]);
            throw e;
        }
        exitNormally(mgr, methods[1]);
    }

    private static void exitNormally(Object mgr, Object exit) {
        PyOps.callUnbound(exit, mgr, new Object[]{PyNone.NONE, PyNone.NONE, PyNone.NONE}, null);
    }

    @TruffleBoundary
    private static Object[] lookup(Object mgr) {
        PyClass type = PyOps.typeOf(mgr);
        Object enter = type.lookup("__enter__");
        Object exit = type.lookup("__exit__");
        if (enter == null) {
            throw PyErrors.typeError("'" + type.getName() + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw PyErrors.typeError("'" + type.getName() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        return new Object[]{enter, exit};
    }
}
