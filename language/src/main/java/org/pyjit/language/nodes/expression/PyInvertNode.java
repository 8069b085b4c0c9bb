package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.parser.PyAst.UnaryOpKind;
import org.pyjit.language.runtime.PyOps;

public abstract class PyInvertNode extends PyUnaryNode {
    @Specialization
    protected static long doLong(long v) {
        return ~v;
    }

    @Specialization
    protected static Object doGeneric(Object v) {
        return PyOps.unaryOp(UnaryOpKind.INVERT, v);
    }
}
