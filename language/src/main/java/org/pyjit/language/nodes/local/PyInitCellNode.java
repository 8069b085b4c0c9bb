package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyCell;

/** Function prologue: creates the cell of a cell variable, holding the parameter's value if it is one. */
public final class PyInitCellNode extends PyStatementNode {
    private final int slot;
    /** Index into the frame arguments of the parameter, or -1. */
    private final int argIndex;

    public PyInitCellNode(int slot, int argIndex) {
        this.slot = slot;
        this.argIndex = argIndex;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(slot, new PyCell(argIndex >= 0 ? frame.getArguments()[argIndex] : null));
    }
}
