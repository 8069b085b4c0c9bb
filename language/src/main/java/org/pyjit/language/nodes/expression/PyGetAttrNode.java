package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.call.PyClassLookupNode;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyGetSetDescriptor;
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
                    @Cached("create(name)") PyClassLookupNode classAttr,
                    @CachedLibrary("obj") DynamicObjectLibrary lib) {
        Object v = lib.getOrDefault(obj, name, null);
        if (v != null && !isDataDescriptor(classAttr.execute(cachedClass))) {
            return v;
        }
        return getAttr(obj, name);
    }

    @Specialization(replaces = "doInstance")
    protected Object doGeneric(Object obj) {
        return PyOps.getAttr(obj, name);
    }

    /** Class attributes that take precedence over the instance's own (any instance is checked the slow way). */
    static boolean isDataDescriptor(Object classAttr) {
        return classAttr instanceof PyProperty || classAttr instanceof PyGetSetDescriptor || classAttr instanceof PyInstance;
    }

    @TruffleBoundary
    private static Object getAttr(Object obj, String name) {
        return PyOps.getAttr(obj, name);
    }
}
