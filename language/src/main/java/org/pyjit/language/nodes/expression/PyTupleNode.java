package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyTuple;

/** A tuple, list or set display without starred items. */
public final class PyTupleNode extends PyExpressionNode {
    public enum Kind {
        TUPLE, LIST, SET
    }

    @Children private final PyExpressionNode[] items;
    private final Kind kind;

    public PyTupleNode(Kind kind, PyExpressionNode[] items) {
        this.kind = kind;
        this.items = items;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].execute(frame);
        }
        switch (kind) {
            case TUPLE:
                return values.length == 0 ? PyTuple.EMPTY : new PyTuple(values);
            case LIST:
                return PyList.of(values);
            default:
                return PyDisplayHelper.newSet(values);
        }
    }

}
