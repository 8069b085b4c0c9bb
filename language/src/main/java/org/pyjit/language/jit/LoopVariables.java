package org.pyjit.language.jit;

import com.oracle.truffle.api.frame.Frame;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Where a loop region's variables live in tier 1: the slots of the frame, and in slots numbered on
 * after the frame's, module globals. A region keeps the globals its loop uses in its own slots like
 * locals, read at entry and written back at exit: while it runs, no code that could see them runs
 * (it calls only compiled functions, which read no globals but the functions they call), and a
 * module-level loop's variables are all globals. A local that closures share lives in a cell in its
 * frame slot; the region reads and writes the cell's value in the same way, for the same reason (a
 * closure that could see it is never called natively).
 */
final class LoopVariables {
    private final int frameSlots;
    private final PyGlobalCell[] globals;

    LoopVariables(int frameSlots, PyGlobalCell[] globals) {
        this.frameSlots = frameSlots;
        this.globals = globals;
    }

    /** Only the frame's slots. */
    static LoopVariables frameOnly() {
        return new LoopVariables(Integer.MAX_VALUE, new PyGlobalCell[0]);
    }

    /** The global of variable {@code slot}, or null for a frame slot. */
    PyGlobalCell global(int slot) {
        return slot < frameSlots ? null : globals[slot - frameSlots];
    }

    /** The value of variable {@code slot}: null when it is unbound. */
    Object get(Frame frame, int slot) {
        if (slot >= frameSlots) {
            return globals[slot - frameSlots].get();
        }
        Object v = frame.getValue(slot);
        return v instanceof PyCell cell ? cell.get() : v;
    }

    /** Binds variable {@code slot} to the value of {@code kind} whose slot bits are {@code bits}. */
    void setBits(Frame frame, int slot, PyUnboxed kind, long bits) {
        if (slot >= frameSlots) {
            globals[slot - frameSlots].set(kind.box(bits));
            return;
        }
        if (frame.getValue(slot) instanceof PyCell cell) {
            cell.set(kind.box(bits));
            return;
        }
        switch (kind) {
            case INT -> frame.setLong(slot, bits);
            case FLOAT -> frame.setDouble(slot, Double.longBitsToDouble(bits));
            default -> frame.setBoolean(slot, bits != 0);
        }
    }

    void setObject(Frame frame, int slot, Object value) {
        if (slot >= frameSlots) {
            globals[slot - frameSlots].set(value);
        } else if (frame.getValue(slot) instanceof PyCell cell) {
            cell.set(value);
        } else {
            frame.setObject(slot, value);
        }
    }
}
