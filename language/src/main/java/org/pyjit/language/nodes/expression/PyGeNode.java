package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStrings;

/** Python's >= operator. */
@NodeInfo(shortName = ">=")
public abstract class PyGeNode extends PyBinaryNode {

    @Specialization
    protected static boolean doLong(long a, long b) {
        return a >= b;
    }

    @Specialization
    protected static boolean doDouble(double a, double b) {
        return a >= b;
    }

    @Specialization
    @TruffleBoundary
    protected static boolean doString(String a, String b) {
        return PyStrings.compare(a, b) >= 0;
    }

    @Specialization
    @TruffleBoundary
    protected static Object doGeneric(Object a, Object b) {
        return PyOps.compare(CmpOpKind.GE, a, b);
    }
}
