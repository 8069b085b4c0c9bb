package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.runtime.PyOps;

/** {@code a < b < c}: each operand evaluated once, stops at the first false comparison. */
public final class PyCompareChainNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] operands;
    @CompilationFinal(dimensions = 1) private final CmpOpKind[] ops;
    @Children private final PyIsTrueNode[] tests;

    public PyCompareChainNode(PyExpressionNode[] operands, CmpOpKind[] ops) {
        this.operands = operands;
        this.ops = ops;
        this.tests = new PyIsTrueNode[ops.length - 1];
        for (int i = 0; i < tests.length; i++) {
            tests[i] = PyIsTrueNode.create();
        }
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = null;
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            result = PyOps.compare(ops[i], left, right);
            if (i < tests.length && !tests[i].execute(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
