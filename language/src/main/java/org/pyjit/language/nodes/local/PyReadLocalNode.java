package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyStrBuilder;

/** Reads a local variable from its frame slot; unbound reads raise UnboundLocalError. */
public abstract class PyReadLocalNode extends PyExpressionNode {
    protected final int slot;
    protected final String name;
    /** The variable is a target of {@code +=}, so its slot may hold a {@link PyStrBuilder}. */
    protected final boolean concatTarget;

    protected PyReadLocalNode(int slot, String name, boolean concatTarget) {
        this.slot = slot;
        this.name = name;
        this.concatTarget = concatTarget;
    }

    public static PyReadLocalNode create(int slot, String name) {
        return PyReadLocalNodeGen.create(slot, name, false);
    }

    public static PyReadLocalNode create(int slot, String name, boolean concatTarget) {
        return PyReadLocalNodeGen.create(slot, name, concatTarget);
    }

    @Specialization(guards = "frame.isLong(slot)")
    protected long doLong(VirtualFrame frame) {
        return frame.getLong(slot);
    }

    @Specialization(guards = "frame.isDouble(slot)")
    protected double doDouble(VirtualFrame frame) {
        return frame.getDouble(slot);
    }

    @Specialization(guards = "frame.isBoolean(slot)")
    protected boolean doBoolean(VirtualFrame frame) {
        return frame.getBoolean(slot);
    }

    @Specialization(replaces = {"doLong", "doDouble", "doBoolean"})
    protected Object doObject(VirtualFrame frame) {
        Object value;
        if (frame.isObject(slot)) {
            value = frame.getObject(slot);
        } else {
            CompilerDirectives.transferToInterpreter();
            value = frame.getValue(slot);
        }
        if (value == null) {
            throw PyErrors.unboundLocal(name);
        }
        if (concatTarget && value instanceof PyStrBuilder b) {
            return b.toString();
        }
        return value;
    }
}
