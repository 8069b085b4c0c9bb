package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;

/** {@code a and b and c} / {@code a or b or c}: short-circuit, the result is one of the operands. */
public final class PyAndOrNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] values;
    @Children private final PyIsTrueNode[] tests;
    private final boolean isAnd;

    public PyAndOrNode(boolean isAnd, PyExpressionNode[] values) {
        this.isAnd = isAnd;
        this.values = values;
        this.tests = new PyIsTrueNode[values.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = PyIsTrueNode.create();
        }
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
