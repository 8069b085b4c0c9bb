package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

/** A literal whose value is an immutable Java object (str, None, big int, ...). */
public final class PyConstantNode extends PyExpressionNode {
    private final Object value;

    public PyConstantNode(Object value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value;
    }
}
