package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's + operator. */
@NodeInfo(shortName = "+")
public abstract class PyAddNode extends PyBinaryNode {

    @Specialization(rewriteOn = ArithmeticException.class)
    protected static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    protected static double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    protected static double doLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    protected static double doDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    protected static String doString(String a, String b) {
        return a.concat(b);
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.ADD, a, b);
    }
}
