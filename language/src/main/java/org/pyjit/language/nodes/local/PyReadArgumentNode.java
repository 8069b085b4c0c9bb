package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

/** Reads one of the call target's arguments (function prologue). */
public final class PyReadArgumentNode extends PyExpressionNode {
    private final int index;

    public PyReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return frame.getArguments()[index];
    }
}
