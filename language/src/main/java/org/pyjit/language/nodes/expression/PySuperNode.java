package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.local.PyCellAccess;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PySuper;

/** Zero-argument {@code super()}: the class from the {@code __class__} cell, self from the first argument. */
public final class PySuperNode extends PyExpressionNode {
    private final PyCellAccess classCell;

    public PySuperNode(PyCellAccess classCell) {
        this.classCell = classCell;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object cls = classCell.getCell(frame).get();
        Object[] args = frame.getArguments();
        if (!(cls instanceof PyClass c)) {
            throw PyErrors.runtimeError("super(): __class__ cell not found");
        }
        if (args.length < 2) {
            throw PyErrors.runtimeError("super(): no arguments");
        }
        return new PySuper(c, args[1]);
    }
}
