package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/** The store side of an assignment target (name, attribute, item, unpacking pattern). */
public abstract class PyTargetNode extends Node {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    /** Stores a long (for loops over a range); local variables keep it unboxed. */
    public void executeWriteLong(VirtualFrame frame, long value) {
        executeWrite(frame, value);
    }
}
