package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;

/** A dict display; a null key is {@code **mapping}. */
public final class PyDictNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] keys;
    @Children private final PyExpressionNode[] values;

    public PyDictNode(PyExpressionNode[] keys, PyExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] k = new Object[keys.length];
        Object[] v = new Object[keys.length];
        for (int i = 0; i < keys.length; i++) {
            k[i] = keys[i] == null ? null : keys[i].execute(frame);
            v[i] = values[i].execute(frame);
        }
        return PyDisplayHelper.buildDict(k, v);
    }
}
