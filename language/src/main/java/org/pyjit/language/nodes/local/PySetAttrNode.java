package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NonIdempotent;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.pyjit.language.runtime.PyAttributes;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/** Stores an attribute; plain instance attributes go straight into the object's shape. */
public abstract class PySetAttrNode extends Node {
    protected final String name;

    protected PySetAttrNode(String name) {
        this.name = name;
    }

    public abstract void execute(Object obj, Object value);

    @Specialization(guards = {"obj.getPyClass() == cachedClass", "epoch() == cachedEpoch", "plain", "!obj.hasDict()"}, limit = "4")
    protected void doInstance(PyInstance obj, Object value,
                    @Cached("obj.getPyClass()") @SuppressWarnings("unused") PyClass cachedClass,
                    @Cached("epoch()") @SuppressWarnings("unused") int cachedEpoch,
                    @Cached("isPlainStore(cachedClass, name)") @SuppressWarnings("unused") boolean plain,
                    @CachedLibrary("obj") DynamicObjectLibrary lib) {
        lib.put(obj, name, value);
    }

    @Specialization(replaces = "doInstance")
    protected void doGeneric(Object obj, Object value) {
        PyOps.setAttr(obj, name, value);
    }

    @NonIdempotent
    static int epoch() {
        return PyClass.getGlobalEpoch();
    }

    /** True when storing the attribute is a plain instance dict store (no property, no __setattr__). */
    @TruffleBoundary
    static boolean isPlainStore(PyClass cls, String name) {
        if (cls.isExceptionClass() || cls == PyTypes.OBJECT || !cls.allowsInstanceAttribute(name)) {
            return false;
        }
        Object setattr = cls.lookup("__setattr__");
        if (setattr != null && cls.lookupOwner("__setattr__") != PyTypes.OBJECT) {
            return false;
        }
        return !PyAttributes.isDataDescriptor(cls.lookup(name));
    }
}
