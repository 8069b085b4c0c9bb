package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyNodeTypes;
import org.pyjit.language.nodes.PyStatementNode;

/** {@code x = value} for a local variable: keeps long/double/boolean values unboxed in the slot. */
@TypeSystemReference(PyNodeTypes.class)
@NodeChild(value = "value", type = PyExpressionNode.class)
public abstract class PyWriteLocalNode extends PyStatementNode {
    protected final int slot;

    protected PyWriteLocalNode(int slot) {
        this.slot = slot;
    }

    public static PyWriteLocalNode create(int slot, PyExpressionNode value) {
        return PyWriteLocalNodeGen.create(slot, value);
    }

    /** Writes an already computed value (used by targets of for loops, unpacking, ...). */
    public abstract void executeWrite(VirtualFrame frame, Object value);

    public abstract void executeWriteLong(VirtualFrame frame, long value);

    @Specialization(guards = "isKind(frame, LONG_KIND)")
    protected void doLong(VirtualFrame frame, long value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Long);
        frame.setLong(slot, value);
    }

    /** A NaN stays the object it is (CPython finds a NaN in a container by identity): see doObject. */
    @Specialization(guards = {"isKind(frame, DOUBLE_KIND)", "!isNaN(value)"})
    protected void doDouble(VirtualFrame frame, double value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Double);
        frame.setDouble(slot, value);
    }

    @Specialization(guards = "isKind(frame, BOOLEAN_KIND)")
    protected void doBoolean(VirtualFrame frame, boolean value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Boolean);
        frame.setBoolean(slot, value);
    }

    @Specialization(replaces = {"doLong", "doDouble", "doBoolean"})
    protected void doObject(VirtualFrame frame, Object value) {
        frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
        frame.setObject(slot, value);
    }

    protected static boolean isNaN(double value) {
        return value != value;
    }

    protected static final FrameSlotKind LONG_KIND = FrameSlotKind.Long;
    protected static final FrameSlotKind DOUBLE_KIND = FrameSlotKind.Double;
    protected static final FrameSlotKind BOOLEAN_KIND = FrameSlotKind.Boolean;

    protected final boolean isKind(VirtualFrame frame, FrameSlotKind kind) {
        FrameSlotKind k = frame.getFrameDescriptor().getSlotKind(slot);
        return k == kind || k == FrameSlotKind.Illegal;
    }
}
