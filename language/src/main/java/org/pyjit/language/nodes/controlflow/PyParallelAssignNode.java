package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.local.PyTargetNode;

/**
 * {@code a, b = x, y}: a tuple display unpacked into as many targets at once. The values are all
 * evaluated, left to right, before the first target is stored, as CPython does, but the tuple
 * itself is never made: in the interpreter a swap or a {@code a, b = b, a + b} would otherwise
 * allocate a tuple object per execution.
 */
public final class PyParallelAssignNode extends PyStatementNode {
    @Children private final PyExpressionNode[] values;
    @Children private final PyTargetNode[] targets;

    public PyParallelAssignNode(PyExpressionNode[] values, PyTargetNode[] targets) {
        assert values.length == targets.length && values.length >= 2;
        this.values = values;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        if (values.length == 2) {
            Object first = values[0].execute(frame);
            Object second = values[1].execute(frame);
            targets[0].executeWrite(frame, first);
            targets[1].executeWrite(frame, second);
            return;
        }
        Object[] evaluated = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            evaluated[i] = values[i].execute(frame);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, evaluated[i]);
        }
    }
}
