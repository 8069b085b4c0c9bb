package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's >> operator. */
@NodeInfo(shortName = ">>")
public abstract class PyRShiftNode extends PyBinaryNode {

    @Specialization(guards = "b >= 0")
    protected static long doLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.RSHIFT, a, b);
    }
}
