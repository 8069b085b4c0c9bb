package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's << operator. */
@NodeInfo(shortName = "<<")
public abstract class PyLShiftNode extends PyBinaryNode {

    @Specialization(guards = {"b >= 0", "b < 63"}, rewriteOn = ArithmeticException.class)
    protected static long doLong(long a, long b) {
        long r = a << b;
        if ((r >> b) != a) {
            throw new ArithmeticException();
        }
        return r;
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.LSHIFT, a, b);
    }
}
