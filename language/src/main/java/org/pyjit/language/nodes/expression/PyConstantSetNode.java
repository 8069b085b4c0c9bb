package org.pyjit.language.nodes.expression;

import java.util.List;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.runtime.PyFrozenSet;
import org.pyjit.language.runtime.PySetOps;

/**
 * A set display of more than two constants ({@code {100, 5, 37, 8}}). CPython compiles it from a frozenset constant, so its
 * iteration order differs from adding the elements one by one; this node copies a template built the same way. Only numbers,
 * bools and tuples of them are folded here: strings and None would fold too in CPython, but their hashes (randomized, or None's address in
 * 3.11) give orders no other implementation can reproduce, so the plain display is kept for them.
 */
public final class PyConstantSetNode extends PyExpressionNode {
    private final PyFrozenSet template;

    private PyConstantSetNode(Object[] values) {
        this.template = PySetOps.constantTemplate(values);
    }

    /** The node for a foldable display, or null when the display has to be built element by element. */
    public static PyExpressionNode createOrNull(List<PyAst.Expr> elts) {
        if (elts.size() <= 2) {
            return null;
        }
        Object[] values = new Object[elts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = constantOf(elts.get(i));
            if (values[i] == null) {
                return null;
            }
        }
        return new PyConstantSetNode(values);
    }

    /** The value of a literal CPython's optimizer folds (including a sign on a number), or null. */
    private static Object constantOf(PyAst.Expr e) {
        if (e instanceof PyAst.IntLit i) {
            return i.value();
        } else if (e instanceof PyAst.FloatLit f) {
            return f.value();
        } else if (e instanceof PyAst.BoolLit b) {
            return b.value();
        } else if (e instanceof PyAst.TupleExpr t) {
            // A tuple of such constants is a constant too (DIRS = {(0, 1), (1, 0), ...}).
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = constantOf(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return new org.pyjit.language.runtime.PyTuple(items);
        } else if (e instanceof PyAst.UnaryOp u && (u.op() == PyAst.UnaryOpKind.NEG || u.op() == PyAst.UnaryOpKind.POS)) {
            Object v = constantOf(u.operand());
            boolean neg = u.op() == PyAst.UnaryOpKind.NEG;
            if (v instanceof Long l) {
                return neg ? (l == Long.MIN_VALUE ? (Object) java.math.BigInteger.valueOf(l).negate() : (Object) (-l)) : l;
            } else if (v instanceof java.math.BigInteger b) {
                return neg ? org.pyjit.language.runtime.PyInt.normalize(b.negate()) : b;
            } else if (v instanceof Double d) {
                return neg ? -d : d;
            }
        }
        return null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return PySetOps.fromConstantTemplate(template);
    }
}
