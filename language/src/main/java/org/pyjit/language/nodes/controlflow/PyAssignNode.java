package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.local.PyTargetNode;

/** {@code t1 = t2 = value}: the value is evaluated once, then stored left to right. */
public final class PyAssignNode extends PyStatementNode {
    @Child private PyExpressionNode value;
    @Children private final PyTargetNode[] targets;

    public PyAssignNode(PyExpressionNode value, PyTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.execute(frame);
        for (PyTargetNode t : targets) {
            t.executeWrite(frame, v);
        }
    }
}
