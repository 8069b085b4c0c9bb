package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyTypes;

/** Reads a variable shared with closures through its cell. */
public final class PyReadCellNode extends PyExpressionNode {
    private final PyCellAccess access;
    private final String name;

    public PyReadCellNode(PyCellAccess access, String name) {
        this.access = access;
        this.name = name;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object value = access.getCell(frame).get();
        if (value == null) {
            if (access.isFree()) {
                throw PyErrors.of(PyTypes.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
            }
            throw PyErrors.unboundLocal(name);
        }
        return value;
    }
}
