package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

/** {@code obj[key] = value}. */
public final class PySubscriptTargetNode extends PyTargetNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    @Child private PySetItemNode setItem = PySetItemNodeGen.create();

    public PySubscriptTargetNode(PyExpressionNode object, PyExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        Object k = key.execute(frame);
        setItem.execute(o, k, value);
    }
}
