package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.nodes.PyNodeTypes;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/** Python truth testing of a value ({@code bool(v)}). */
@TypeSystemReference(PyNodeTypes.class)
public abstract class PyIsTrueNode extends Node {
    public abstract boolean execute(Object value);

    public static PyIsTrueNode create() {
        return PyIsTrueNodeGen.create();
    }

    @Specialization
    protected static boolean doBoolean(boolean v) {
        return v;
    }

    @Specialization
    protected static boolean doLong(long v) {
        return v != 0;
    }

    @Specialization
    protected static boolean doDouble(double v) {
        return v != 0.0;
    }

    @Specialization
    protected static boolean doString(String v) {
        return !v.isEmpty();
    }

    @Specialization
    protected static boolean doNone(@SuppressWarnings("unused") PyNone v) {
        return false;
    }

    @Specialization(replaces = {"doBoolean", "doLong", "doDouble", "doString", "doNone"})
    protected static boolean doGeneric(Object v) {
        return PyOps.isTrue(v);
    }
}
