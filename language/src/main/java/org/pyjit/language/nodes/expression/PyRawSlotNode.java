package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyNone;

/** The raw content of an internal frame slot (e.g. a class body's {@code __class__} cell). */
public final class PyRawSlotNode extends PyExpressionNode {
    private final int slot;

    public PyRawSlotNode(int slot) {
        this.slot = slot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = frame.getValue(slot);
        return v == null ? PyNone.NONE : v;
    }
}
