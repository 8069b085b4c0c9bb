package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyGlobalCell;

/** {@code del name} for every kind of variable. */
public final class PyDeleteNameNode extends PyStatementNode {
    public enum Kind {
        LOCAL, CELL, GLOBAL, CLASS
    }

    private final Kind kind;
    private final String name;
    private final int slot;
    private final PyCellAccess cellAccess;
    private final PyGlobalCell globalCell;

    public PyDeleteNameNode(Kind kind, String name, int slot, PyCellAccess cellAccess, PyGlobalCell globalCell) {
        this.kind = kind;
        this.name = name;
        this.slot = slot;
        this.cellAccess = cellAccess;
        this.globalCell = globalCell;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        switch (kind) {
            case LOCAL:
                if (frame.getValue(slot) == null) {
                    throw PyErrors.unboundLocal(name);
                }
                frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
                frame.setObject(slot, null);
                break;
            case CELL:
                PyCell cell = cellAccess.getCell(frame);
                if (cell.get() == null) {
                    throw PyErrors.unboundLocal(name);
                }
                cell.set(null);
                break;
            case GLOBAL:
                if (globalCell.get() == null) {
                    throw PyErrors.nameError(name);
                }
                globalCell.set(null);
                break;
            case CLASS:
                deleteFromNamespace((PyDict) frame.getArguments()[1], name);
                break;
        }
    }

    @TruffleBoundary
    private static void deleteFromNamespace(PyDict ns, String name) {
        if (!ns.remove(name)) {
            throw PyErrors.nameError(name);
        }
    }
}
