package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyStatementNode;

/**
 * A generator's statement whose operands {@link PyResumeValueNode}s keep across its yields: they
 * stay kept while the statement is suspended, and are forgotten once it completes, normally or
 * not, so that its next execution evaluates them afresh.
 */
public final class PyResumeStatementNode extends PyStatementNode {
    @Child private PyStatementNode statement;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public PyResumeStatementNode(PyStatementNode statement, int[] slots) {
        this.statement = statement;
        this.slots = slots;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            statement.executeVoid(frame);
        } catch (PyYieldException y) {
            throw y;
        } catch (Throwable t) {
            forget(frame);
            throw t;
        }
        forget(frame);
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        Object result;
        try {
            result = statement.runReturning(frame);
        } catch (PyYieldException y) {
            throw y;
        } catch (Throwable t) {
            forget(frame);
            throw t;
        }
        if (result != PyGeneratorState.YIELDED) {
            forget(frame);
        }
        return result;
    }

    @ExplodeLoop
    private void forget(VirtualFrame frame) {
        for (int slot : slots) {
            frame.setObjectStatic(slot, null);
        }
    }

    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
