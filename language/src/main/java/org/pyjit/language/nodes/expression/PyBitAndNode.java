package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's & operator. */
@NodeInfo(shortName = "&")
public abstract class PyBitAndNode extends PyBinaryNode {

    @Specialization
    protected static long doLong(long a, long b) {
        return a & b;
    }

    @Specialization
    protected static boolean doBoolean(boolean a, boolean b) {
        return a & b;
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.BITAND, a, b);
    }
}
