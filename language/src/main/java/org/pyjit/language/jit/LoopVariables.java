package org.pyjit.language.jit;

import com.oracle.truffle.api.frame.Frame;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Where a loop region's variables live in tier 1: the slots of the frame, and in slots numbered on
 * after the frame's, module globals and the variables of enclosing functions (a comprehension's
 * or a closure's free variables, in the closure of the function whose frame it is). A region keeps
 * those its loop uses in its own slots like locals, read at entry and written back at exit: while
 * it runs, no code that could see them runs (it calls only compiled functions, which read no
 * globals but the functions they call), and a module-level loop's variables are all globals. A
 * local that closures share lives in a cell in its frame slot; the region reads and writes the
 * cell's value in the same way, for the same reason.
 */
final class LoopVariables {
    private final int frameSlots;
    /** Per slot after the frame's: a {@link PyGlobalCell}, or the index (an Integer) of a closure cell. */
    private final Object[] others;

    LoopVariables(int frameSlots, Object[] others) {
        this.frameSlots = frameSlots;
        this.others = others;
    }

    /** Only the frame's slots. */
    static LoopVariables frameOnly() {
        return new LoopVariables(Integer.MAX_VALUE, new Object[0]);
    }

    /** The global of variable {@code slot}, or null for a frame slot or a free variable. */
    PyGlobalCell global(int slot) {
        return slot < frameSlots ? null : others[slot - frameSlots] instanceof PyGlobalCell g ? g : null;
    }

    /** The value of variable {@code slot}: null when it is unbound. */
    Object get(Frame frame, int slot) {
        if (slot >= frameSlots) {
            Object other = others[slot - frameSlots];
            return other instanceof PyGlobalCell g ? g.get() : closureCell(frame, (Integer) other).get();
        }
        Object v = frame.getValue(slot);
        return v instanceof PyCell cell ? cell.get() : v;
    }

    /** Binds variable {@code slot} to the value of {@code kind} whose slot bits are {@code bits}. */
    void setBits(Frame frame, int slot, PyUnboxed kind, long bits) {
        if (slot >= frameSlots || frame.getValue(slot) instanceof PyCell) {
            setObject(frame, slot, kind.box(bits));
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
            Object other = others[slot - frameSlots];
            if (other instanceof PyGlobalCell g) {
                g.set(value);
            } else {
                closureCell(frame, (Integer) other).set(value);
            }
        } else if (frame.getValue(slot) instanceof PyCell cell) {
            cell.set(value);
        } else {
            frame.setObject(slot, value);
        }
    }

    /** The cell of free variable {@code index}: the frame's function (its first argument) holds the closure. */
    private static PyCell closureCell(Frame frame, int index) {
        return ((PyFunction) frame.getArguments()[0]).getClosure()[index];
    }
}
