package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

public final class PyCellTargetNode extends PyTargetNode {
    private final PyCellAccess access;

    public PyCellTargetNode(PyCellAccess access) {
        this.access = access;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        access.getCell(frame).set(value);
    }
}
