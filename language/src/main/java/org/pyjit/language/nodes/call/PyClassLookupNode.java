package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.NonIdempotent;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyClass;

/**
 * Looks a constant name up along a class's MRO, caching the result per class while no class
 * attribute anywhere has changed ({@link PyClass#getGlobalEpoch()}): a cached hit costs an
 * identity check and an integer compare instead of hash lookups along the MRO.
 */
@GenerateInline(false)
public abstract class PyClassLookupNode extends Node {
    protected final String name;

    protected PyClassLookupNode(String name) {
        this.name = name;
    }

    public static PyClassLookupNode create(String name) {
        return PyClassLookupNodeGen.create(name);
    }

    /** The attribute, or null when no class of the MRO defines it. */
    public abstract Object execute(PyClass cls);

    @Specialization(guards = {"cls == cachedClass", "epoch() == cachedEpoch"}, limit = "4")
    protected static Object doCached(@SuppressWarnings("unused") PyClass cls,
                    @Cached("cls") @SuppressWarnings("unused") PyClass cachedClass,
                    @Cached("epoch()") @SuppressWarnings("unused") int cachedEpoch,
                    @Cached("lookup(cls, name)") Object value) {
        return value;
    }

    @Specialization(replaces = "doCached")
    protected Object doGeneric(PyClass cls) {
        return lookup(cls, name);
    }

    @NonIdempotent
    static int epoch() {
        return PyClass.getGlobalEpoch();
    }

    @TruffleBoundary
    static Object lookup(PyClass cls, String name) {
        return cls.lookup(name);
    }
}
