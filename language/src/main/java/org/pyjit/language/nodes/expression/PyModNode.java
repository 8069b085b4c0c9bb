package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's % operator. */
@NodeInfo(shortName = "%")
public abstract class PyModNode extends PyBinaryNode {

    @Specialization(guards = "b != 0")
    protected static long doLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization(guards = "isNonZero(b)")
    protected static double doDouble(double a, double b) {
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.MOD, a, b);
    }

    static boolean isNonZero(double b) {
        return b != 0.0;
    }
}
