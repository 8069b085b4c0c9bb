package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.BranchProfile;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyStrBuilder;

/**
 * The new value of {@code x = x + piece} for a local x: the plain sum, except that a long str in x
 * becomes (or, as a {@link PyStrBuilder}, stays) a builder that the piece is appended to, as
 * CPython appends in place to a str only that variable holds. The piece is evaluated once.
 */
public final class PyConcatLocalNode extends PyExpressionNode {
    private final int slot;
    @Child private PyExpressionNode sum;
    /** A second copy of the piece's expression, for the builder's path. */
    @Child private PyExpressionNode piece;
    private final BranchProfile builderProfile = BranchProfile.create();

    public PyConcatLocalNode(int slot, PyExpressionNode sum, PyExpressionNode piece) {
        this.slot = slot;
        this.sum = sum;
        this.piece = piece;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object x = frame.isObject(slot) ? frame.getObject(slot) : null;
        if (PyStrBuilder.grows(x)) {
            builderProfile.enter();
            return PyStrBuilder.concat(x, piece.execute(frame), false);
        }
        return sum.execute(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return sum.executeLong(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return sum.executeDouble(frame);
    }
}
