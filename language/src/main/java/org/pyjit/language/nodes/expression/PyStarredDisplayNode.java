package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;

/** A tuple, list or set display with {@code *iterable} items. */
public final class PyStarredDisplayNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] items;
    @CompilationFinal(dimensions = 1) private final boolean[] starred;
    private final PyTupleNode.Kind kind;

    public PyStarredDisplayNode(PyTupleNode.Kind kind, PyExpressionNode[] items, boolean[] starred) {
        this.kind = kind;
        this.items = items;
        this.starred = starred;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] values = new Object[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = items[i].execute(frame);
        }
        return PyDisplayHelper.build(kind, values, starred);
    }
}
