package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.runtime.PyOps;

/** Python's / operator. */
@NodeInfo(shortName = "/")
public abstract class PyTrueDivNode extends PyBinaryNode {

    @Specialization(guards = "b != 0")
    protected static double doLong(long a, long b) {
        if (Math.abs(a) < (1L << 53) && Math.abs(b) < (1L << 53)) {
            return (double) a / (double) b;
        }
        return (double) PyOps.binaryOp(BinOpKind.DIV, a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double doDouble(double a, double b) {
        return a / b;
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double doLongDouble(long a, double b) {
        return a / b;
    }

    @Specialization(guards = "b != 0")
    protected static double doDoubleLong(double a, long b) {
        return a / b;
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.DIV, a, b);
    }

    static boolean isNonZero(double b) {
        return b != 0.0;
    }
}
