package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.dsl.NodeChild;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.runtime.PyOps;

/** Base of the nodes of binary operators: two operand children. */
@NodeChild("left")
@NodeChild("right")
public abstract class PyBinaryNode extends PyExpressionNode {
    /** The operator of {@code x op= y}, which a TypeError names {@code op=}. */
    @CompilationFinal private boolean augmented;

    /** Applies the operator to already evaluated operands. */
    public abstract Object executeWith(Object left, Object right);

    public final PyBinaryNode asAugmented() {
        augmented = true;
        return this;
    }

    /** The operator by the full Python protocol, for operands no typed specialization covers. */
    protected final Object generic(BinOpKind op, Object a, Object b) {
        return PyOps.binaryOp(op, a, b, augmented);
    }
}
