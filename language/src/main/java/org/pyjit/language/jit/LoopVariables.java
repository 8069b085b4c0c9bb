package org.pyjit.language.jit;

import com.oracle.truffle.api.frame.Frame;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Where a loop region's variables live in tier 1: the slots of the frame, and in slots numbered on
 * after the frame's, module globals. A region keeps the globals its loop uses in its own slots like
 * locals, read at entry and written back at exit: while it runs, no code that could see them runs
 * (it calls only compiled functions, which read no globals but the functions they call), and a
 * module-level loop's variables are all globals.
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
        return slot < frameSlots ? frame.getValue(slot) : globals[slot - frameSlots].get();
    }

    /** Binds variable {@code slot} to the value of {@code kind} whose slot bits are {@code bits}. */
    void setBits(Frame frame, int slot, PyUnboxed kind, long bits) {
        if (slot >= frameSlots) {
            globals[slot - frameSlots].set(kind.box(bits));
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
        } else {
            frame.setObject(slot, value);
        }
    }
}
