package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyOps;

/** Applies decorators (evaluated before the decorated object, applied innermost first). */
public final class PyDecoratedNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] decorators;
    @Child private PyExpressionNode value;

    public PyDecoratedNode(PyExpressionNode[] decorators, PyExpressionNode value) {
        this.decorators = decorators;
        this.value = value;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] ds = new Object[decorators.length];
        for (int i = 0; i < decorators.length; i++) {
            ds[i] = decorators[i].execute(frame);
        }
        Object v = value.execute(frame);
        for (int i = ds.length - 1; i >= 0; i--) {
            v = PyOps.call(ds[i], new Object[]{v}, null);
        }
        return v;
    }
}
