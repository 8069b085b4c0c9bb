package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;
import org.pyjit.language.runtime.PyInstance;

/** Whether an instance stores an attribute of its own (shape-cached). */
public abstract class PyInstanceHasAttrNode extends Node {
    public abstract boolean execute(PyInstance obj, String name);

    /** The answer for one shape and name (a method call site sees one name and few shapes). */
    @Specialization(guards = {"obj.getShape() == cachedShape", "name == cachedName"}, assumptions = "cachedShape.getValidAssumption()", limit = "4")
    protected static boolean doShape(@SuppressWarnings("unused") PyInstance obj, @SuppressWarnings("unused") String name,
                    @Cached("obj.getShape()") @SuppressWarnings("unused") Shape cachedShape,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached("cachedShape.hasProperty(name)") boolean has) {
        return has;
    }

    @Specialization(replaces = "doShape", limit = "4")
    protected static boolean doCached(PyInstance obj, String name, @CachedLibrary("obj") DynamicObjectLibrary lib) {
        return lib.containsKey(obj, name);
    }
}
