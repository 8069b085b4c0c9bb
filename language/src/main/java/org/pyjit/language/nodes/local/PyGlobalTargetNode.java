package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.runtime.PyGlobalCell;

public final class PyGlobalTargetNode extends PyTargetNode {
    private final PyGlobalCell cell;

    public PyGlobalTargetNode(PyGlobalCell cell) {
        this.cell = cell;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        cell.set(value);
    }
}
