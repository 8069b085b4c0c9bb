package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyNodeTypesGen;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStrBuilder;

/**
 * The new value of {@code x op= value} for a local x. While x holds a number or str the result
 * is the plain binary operator, evaluated through its typed execute methods so that a long or
 * double stays unboxed from slot to slot; when x holds an object, the in-place protocol applies
 * ({@code __iadd__}, list {@code +=} extending in place), computed from a second copy of the
 * operand expressions. A str that {@code +=} makes long turns the variable into a
 * {@link PyStrBuilder}, which later {@code +=} of strs append to. Either way the operand is
 * evaluated once.
 */
public final class PyInplaceLocalNode extends PyExpressionNode {
    private final BinOpKind op;
    private final int slot;
    @Child private PyBinaryNode binary;
    @Child private PyExpressionNode read;
    @Child private PyExpressionNode value;
    private final CountingConditionProfile objectProfile = CountingConditionProfile.create();
    private final BranchProfile builderProfile = BranchProfile.create();

    public PyInplaceLocalNode(BinOpKind op, int slot, PyBinaryNode binary, PyExpressionNode read, PyExpressionNode value) {
        this.op = op;
        this.slot = slot;
        this.binary = binary;
        this.read = read;
        this.value = value;
    }

    private boolean holdsObject(VirtualFrame frame) {
        return objectProfile.profile(frame.isObject(slot) && frame.getObject(slot) instanceof PyObject);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object left = frame.isObject(slot) ? frame.getObject(slot) : null;
        if (objectProfile.profile(left instanceof PyObject)) {
            return inplace(frame);
        }
        if (op == BinOpKind.ADD && PyStrBuilder.grows(left)) {
            builderProfile.enter();
            return PyStrBuilder.concat(left, value.execute(frame), true);
        }
        return binary.execute(frame);
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        if (holdsObject(frame)) {
            return PyNodeTypesGen.expectLong(inplace(frame));
        }
        return binary.executeLong(frame);
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        if (holdsObject(frame)) {
            return PyNodeTypesGen.expectDouble(inplace(frame));
        }
        return binary.executeDouble(frame);
    }

    private Object inplace(VirtualFrame frame) {
        Object left = read.execute(frame);
        return inplaceOp(op, left, value.execute(frame));
    }

    @TruffleBoundary
    private static Object inplaceOp(BinOpKind op, Object left, Object right) {
        return PyOps.inplaceOp(op, left, right);
    }
}
