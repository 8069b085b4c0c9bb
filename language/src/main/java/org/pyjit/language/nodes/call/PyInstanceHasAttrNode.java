package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import org.pyjit.language.runtime.PyInstance;

/** Whether an instance has an attribute of its own (shape-cached). */
public abstract class PyInstanceHasAttrNode extends Node {
    public abstract boolean execute(PyInstance obj, String name);

    private static final int ABSENT = 0;
    private static final int PRESENT = 1;
    private static final int IN_DICT = 2;

    /** The answer for one shape and name (a method call site sees one name and few shapes). */
    @Specialization(guards = {"obj.getShape() == cachedShape", "name == cachedName"}, assumptions = "cachedShape.getValidAssumption()", limit = "4")
    protected static boolean doShape(PyInstance obj, @SuppressWarnings("unused") String name,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("name") String cachedName,
                    @Cached("answer(cachedShape, name)") int answer) {
        return answer == PRESENT || answer == IN_DICT && obj.getOwnAttribute(cachedName) != null;
    }

    static int answer(Shape shape, String name) {
        return PyInstance.attributesInDict(shape) ? IN_DICT : shape.hasProperty(name) ? PRESENT : ABSENT;
    }

    @Specialization(replaces = "doShape", limit = "4")
    protected static boolean doCached(PyInstance obj, String name, @CachedLibrary("obj") DynamicObjectLibrary lib) {
        return obj.hasDict() ? obj.getOwnAttribute(name) != null : lib.containsKey(obj, name);
    }
}
