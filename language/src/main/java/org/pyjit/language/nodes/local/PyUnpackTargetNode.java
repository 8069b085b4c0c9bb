package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;

/** {@code a, (b, *c), d = value}: unpacks into sub-targets; at most one starred target. */
public final class PyUnpackTargetNode extends PyTargetNode {
    @Children private final PyTargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public PyUnpackTargetNode(PyTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        Object[] values;
        if (starIndex < 0) {
            if (value instanceof PyTuple t && t.size() == targets.length) {
                values = t.getArray();
            } else if (value instanceof PyList l && l.size() == targets.length) {
                values = l.toArray();
            } else {
                values = PyOps.unpack(value, targets.length);
            }
        } else {
            values = PyOps.unpackStarred(value, starIndex, targets.length - starIndex - 1);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, values[i]);
        }
    }
}
