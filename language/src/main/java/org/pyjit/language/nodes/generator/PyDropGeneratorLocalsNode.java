package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.controlflow.PyLoopExit;
import org.pyjit.language.nodes.controlflow.PyReturnException;
import org.pyjit.language.runtime.PyGenerator;

/**
 * A function's body whose locals in {@code slots} hold generators only the function reaches
 * ({@code PyGeneratorLocals}): when the function returns, CPython drops them and closes each, so
 * that its finally blocks run before the caller goes on. An exception leaves them open (CPython's
 * traceback keeps the frame alive).
 */
public final class PyDropGeneratorLocalsNode extends PyStatementNode {
    @Child private PyStatementNode body;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public PyDropGeneratorLocalsNode(PyStatementNode body, int[] slots) {
        this.body = body;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyLoopExit.rethrow(runReturning(frame));
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        Object result;
        try {
            result = body.runReturning(frame);
        } catch (PyReturnException e) {
            drop(frame);
            throw e;
        }
        drop(frame);
        return result;
    }

    @ExplodeLoop
    private void drop(VirtualFrame frame) {
        for (int slot : slots) {
            if (frame.isObject(slot)) {
                PyGenerator.closeTemporary(frame.getObject(slot));
            }
        }
    }
}
