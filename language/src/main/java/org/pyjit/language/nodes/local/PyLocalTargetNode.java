package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

public final class PyLocalTargetNode extends PyTargetNode {
    @Child private PyWriteLocalNode write;

    public PyLocalTargetNode(int slot) {
        this.write = PyWriteLocalNode.create(slot, null);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        write.executeWrite(frame, value);
    }

    @Override
    public void executeWriteLong(VirtualFrame frame, long value) {
        write.executeWriteLong(frame, value);
    }
}
