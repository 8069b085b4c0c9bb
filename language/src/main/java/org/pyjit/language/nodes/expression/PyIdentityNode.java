package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/** {@code a is b} (or {@code is not} when negated). */
public abstract class PyIdentityNode extends PyBinaryNode {
    private final boolean negated;

    protected PyIdentityNode(boolean negated) {
        this.negated = negated;
    }

    @Specialization
    protected boolean doNone(Object a, @SuppressWarnings("unused") PyNone b) {
        return (a == PyNone.NONE) != negated;
    }

    @Specialization(replaces = "doNone")
    protected boolean doGeneric(Object a, Object b) {
        return PyOps.is(a, b) != negated;
    }
}
