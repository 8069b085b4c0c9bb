package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

/**
 * An operand that a generator's statement evaluates before one of its yields, as {@code f()} in
 * {@code x = f() + (yield)}. A resumption runs the statement again up to the yield; this keeps the
 * operand's value in a slot so that it is evaluated once, as CPython keeps it on its stack. The
 * statement's {@link PyResumeStatementNode} empties the slot when the statement is done.
 */
public final class PyResumeValueNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    private final int slot;

    public PyResumeValueNode(PyExpressionNode value, int slot) {
        this.value = value;
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = frame.getObjectStatic(slot);
        if (saved != null) {
            return saved;
        }
        Object v = value.execute(frame);
        frame.setObjectStatic(slot, v);
        return v;
    }

    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
