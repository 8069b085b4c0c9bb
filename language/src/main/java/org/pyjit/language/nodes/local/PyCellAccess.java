package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyFunction;

/**
 * Where a closure variable's cell lives: a cell variable of this function is in a frame slot; a
 * free variable is in the closure of the running function (argument 0).
 */
public final class PyCellAccess {
    private final boolean free;
    private final int index;

    public PyCellAccess(boolean free, int index) {
        this.free = free;
        this.index = index;
    }

    public boolean isFree() {
        return free;
    }

    public PyCell getCell(VirtualFrame frame) {
        if (free) {
            return ((PyFunction) frame.getArguments()[0]).getClosure()[index];
        }
        return (PyCell) frame.getObject(index);
    }
}
