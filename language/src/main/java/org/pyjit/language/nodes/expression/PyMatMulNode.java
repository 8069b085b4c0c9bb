package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.parser.PyAst.BinOpKind;

/** Python's @ operator. */
@NodeInfo(shortName = "@")
public abstract class PyMatMulNode extends PyBinaryNode {

    @Specialization
    @TruffleBoundary
    protected Object doGeneric(Object a, Object b) {
        return generic(BinOpKind.MATMUL, a, b);
    }
}
