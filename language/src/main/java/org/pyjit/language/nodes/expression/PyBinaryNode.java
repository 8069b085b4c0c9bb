package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import org.pyjit.language.nodes.PyExpressionNode;

/** Base of the nodes of binary operators: two operand children. */
@NodeChild("left")
@NodeChild("right")
public abstract class PyBinaryNode extends PyExpressionNode {
    /** Applies the operator to already evaluated operands. */
    public abstract Object executeWith(Object left, Object right);
}
