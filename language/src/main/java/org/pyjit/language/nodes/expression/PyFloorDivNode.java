package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's // operator. */
@NodeInfo(shortName = "//")
public abstract class PyFloorDivNode extends PyBinaryNode {

    @Specialization(guards = "b != 0", rewriteOn = ArithmeticException.class)
    protected static long doLong(long a, long b) {
        if (a == Long.MIN_VALUE && b == -1) {
            throw new ArithmeticException();
        }
        return Math.floorDiv(a, b);
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.FLOORDIV, a, b);
    }
}
