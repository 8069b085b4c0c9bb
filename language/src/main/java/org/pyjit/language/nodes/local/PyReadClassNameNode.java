package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.builtins.PyBuiltins;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyGlobalCell;

/** A name read in a class body: the class namespace, then the globals, then the builtins. */
public final class PyReadClassNameNode extends PyExpressionNode {
    private final String name;
    private final PyGlobalCell globalCell;

    public PyReadClassNameNode(String name, PyGlobalCell globalCell) {
        this.name = name;
        this.globalCell = globalCell;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return lookup((PyDict) frame.getArguments()[1]);
    }

    @TruffleBoundary
    private Object lookup(PyDict ns) {
        Object v = ns.get(name);
        if (v != null) {
            return v;
        }
        v = globalCell.get();
        if (v != null) {
            return v;
        }
        v = PyBuiltins.lookup(name);
        if (v == null) {
            throw PyErrors.nameError(name);
        }
        return v;
    }
}
