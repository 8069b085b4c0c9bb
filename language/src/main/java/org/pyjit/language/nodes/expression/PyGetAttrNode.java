package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyProperty;

/**
 * {@code obj.name}. Attributes stored on a user instance are read through a shape-cached
 * DynamicObjectLibrary, unless the class has a data descriptor (property) of that name, which wins.
 */
@NodeChild("object")
public abstract class PyGetAttrNode extends PyExpressionNode {
    protected final String name;

    protected PyGetAttrNode(String name) {
        this.name = name;
    }

    /** Reads the attribute of an already evaluated object. */
    public abstract Object executeWith(Object obj);

    public String getName() {
        return name;
    }

    @Specialization(guards = "obj.getPyClass() == cachedClass", limit = "4")
    protected Object doInstance(PyInstance obj,
                    @Cached("obj.getPyClass()") PyClass cachedClass,
                    @CachedLibrary("obj") DynamicObjectLibrary lib) {
        Object v = lib.getOrDefault(obj, name, null);
        if (v != null && !hasDataDescriptor(cachedClass, name)) {
            return v;
        }
        return PyOps.getAttr(obj, name);
    }

    @Specialization(replaces = "doInstance")
    protected Object doGeneric(Object obj) {
        return PyOps.getAttr(obj, name);
    }

    @TruffleBoundary
    static boolean hasDataDescriptor(PyClass cls, String name) {
        return cls.lookup(name) instanceof PyProperty;
    }
}
