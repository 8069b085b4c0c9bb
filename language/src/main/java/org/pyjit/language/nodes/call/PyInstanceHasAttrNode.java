package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import org.pyjit.language.runtime.PyInstance;

/** Whether an instance stores an attribute of its own (shape-cached). */
public abstract class PyInstanceHasAttrNode extends Node {
    public abstract boolean execute(PyInstance obj, String name);

    @Specialization(limit = "4")
    protected static boolean doCached(PyInstance obj, String name, @CachedLibrary("obj") DynamicObjectLibrary lib) {
        return lib.containsKey(obj, name);
    }
}
