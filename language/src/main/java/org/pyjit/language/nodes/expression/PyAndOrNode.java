package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.nodes.PyExpressionNode;

/** {@code a and b and c} / {@code a or b or c}: short-circuit, the result is one of the operands. */
public final class PyAndOrNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] values;
    @Children private final PyIsTrueNode[] tests;
    private final boolean isAnd;
    /** Per operand: it gave a value that is not a bool in a condition (see {@link #executeTruth}). */
    @CompilationFinal(dimensions = 1) private final boolean[] notBoolean;
    @Child private PyIsTrueNode lastTest;

    public PyAndOrNode(boolean isAnd, PyExpressionNode[] values) {
        this.isAnd = isAnd;
        this.values = values;
        this.tests = new PyIsTrueNode[values.length - 1];
        this.notBoolean = new boolean[values.length];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = PyIsTrueNode.create();
        }
    }

    /**
     * The truth of the result, for a condition ({@code if a and b:}): each operand is tested once, as
     * CPython does (taking the value and testing it again would call a falsy operand's
     * {@code __bool__} twice), and operands that are bools stay unboxed.
     */
    @ExplodeLoop
    public boolean executeTruth(VirtualFrame frame) {
        for (int i = 0; i < values.length - 1; i++) {
            if (truthOf(frame, i) != isAnd) {
                return !isAnd;
            }
        }
        return truthOf(frame, values.length - 1);
    }

    private boolean truthOf(VirtualFrame frame, int i) {
        if (values[i] instanceof PyAndOrNode nested) {
            return nested.executeTruth(frame);
        }
        if (!notBoolean[i]) {
            try {
                return values[i].executeBoolean(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                notBoolean[i] = true;
                return test(i, e.getResult());
            }
        }
        return test(i, values[i].execute(frame));
    }

    private boolean test(int i, Object value) {
        if (i < tests.length) {
            return tests[i].execute(value);
        }
        if (lastTest == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            lastTest = insert(PyIsTrueNode.create());
        }
        return lastTest.execute(value);
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object v = null;
        for (int i = 0; i < values.length; i++) {
            v = values[i].execute(frame);
            if (i < tests.length) {
                boolean t = tests[i].execute(v);
                if (t != isAnd) {
                    return v;
                }
            }
        }
        return v;
    }
}
