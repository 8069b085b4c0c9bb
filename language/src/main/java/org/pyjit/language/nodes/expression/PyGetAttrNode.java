package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.NonIdempotent;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Location;
import com.oracle.truffle.api.object.Property;
import com.oracle.truffle.api.object.Shape;
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

    /**
     * An attribute the instance's shape holds and no data descriptor of its class overrides: a
     * shape check and one load. Through the library each read dispatched through its shape cache and
     * its key cache first, a quarter of richards' time in the Graal runtime's interpreter.
     */
    @Specialization(guards = {"obj.getShape() == cachedShape", "obj.getPyClass() == cachedClass", "epoch() == cachedEpoch", "location != null"}, //
                    assumptions = "cachedShape.getValidAssumption()", limit = "4")
    protected static Object doOwn(PyInstance obj,
                    @Cached("obj.getShape()") Shape cachedShape,
                    @Cached("obj.getPyClass()") @SuppressWarnings("unused") PyClass cachedClass,
                    @Cached("epoch()") @SuppressWarnings("unused") int cachedEpoch,
                    @Cached("ownLocation(cachedShape, cachedClass, name)") Location location) {
        return location.get(obj, cachedShape);
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

    @Specialization(replaces = {"doOwn", "doInstance"})
    protected Object doGeneric(Object obj) {
        return PyOps.getAttr(obj, name);
    }

    @NonIdempotent
    static int epoch() {
        return PyClass.getGlobalEpoch();
    }

    /** Where {@code shape} keeps attribute {@code name} when a read finds it there; else null. */
    @TruffleBoundary
    static Location ownLocation(Shape shape, PyClass cls, String name) {
        Property property = shape.getProperty(name);
        return property == null || isDataDescriptor(cls.lookup(name)) ? null : property.getLocation();
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
