package org.pyjit.language.runtime;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.FrameSlotTypeException;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * The Python variables of a function, class body or module frame and where each lives, for
 * {@code locals()} ({@link PyFrameLocals}) and debuggers ({@link PyFrameScope}). The translator
 * leaves it as the info of the frame descriptor: a frame then leads to its variables by itself, a
 * generator's materialized frame too, which runs under another root than the one that laid it out.
 */
public final class PyFrameLayout {
    public enum Kind {
        /** A def, lambda or comprehension: variables in frame slots, cells and the closure. */
        FUNCTION,
        /** A class body: its names are in the namespace dict (argument 1). */
        CLASS_BODY,
        /** Module-level code: its names are the module's globals. */
        MODULE
    }

    private final Kind kind;
    /** A function's variables in CPython's order for locals(): parameters, other locals, cells, free variables. */
    private final String[] names;
    /** Per name: its frame slot (its value, or a cell variable's cell), or {@code -1 - i} for free variable i of the closure. */
    private final int[] places;
    private final PyGlobals globals;
    /** The slot that keeps the frame's locals() dict between calls, -1 when nothing in the function calls locals() by name. */
    private final int dictSlot;

    public PyFrameLayout(Kind kind, String[] names, int[] places, PyGlobals globals, int dictSlot) {
        this.kind = kind;
        this.names = names;
        this.places = places;
        this.globals = globals;
        this.dictSlot = dictSlot;
    }

    public Kind getKind() {
        return kind;
    }

    public int size() {
        return names.length;
    }

    public String getName(int i) {
        return names[i];
    }

    /** The module's globals (MODULE), or null. */
    public PyGlobals getGlobals() {
        return globals;
    }

    public int getDictSlot() {
        return dictSlot;
    }

    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A slot of the translator's own, such as a comprehension's {@code .0}: locals() shows it, a debugger does not. */
    public boolean isInternal(int i) {
        return names[i].startsWith(".") || names[i].startsWith("<");
    }

    /** The value of variable {@code i} in {@code frame}, or null when it is unbound: cells unwrapped, a growing str as its str. */
    public Object value(Frame frame, int i) {
        Object v;
        try {
            if (places[i] >= 0) {
                v = frame.getFrameDescriptor().getSlotKind(places[i]) == FrameSlotKind.Static ? null : frame.getValue(places[i]);
                if (v instanceof PyCell cell) {
                    v = cell.get();
                }
            } else {
                PyCell cell = closureCell(frame, -1 - places[i]);
                v = cell == null ? null : cell.get();
            }
        } catch (FrameSlotTypeException e) {
            return null;
        }
        return v instanceof PyStrBuilder b ? b.toString() : v;
    }

    /** Binds variable {@code i}, which is bound, to {@code v}; a plain local's slot keeps an unboxed kind it holds. */
    public void setValue(Frame frame, int i, Object v) {
        if (places[i] < 0) {
            closureCell(frame, -1 - places[i]).set(v);
            return;
        }
        int slot = places[i];
        if (frame.getValue(slot) instanceof PyCell cell) {
            cell.set(v);
        } else if (v instanceof Long l && frame.isLong(slot)) {
            frame.setLong(slot, l);
        } else if (v instanceof Double d && frame.isDouble(slot)) {
            frame.setDouble(slot, d);
        } else if (v instanceof Boolean b && frame.isBoolean(slot)) {
            frame.setBoolean(slot, b);
        } else {
            // as a write of the program would: the reads specialized for another kind respecialize
            frame.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            frame.setObject(slot, v);
        }
    }

    /**
     * The frame holding the variables of {@code frame}: itself, or for a generator's body (which runs
     * on an empty frame of its own) the generator's frame, its argument 0; null when it has none.
     */
    public static Frame variablesFrame(Frame frame) {
        if (frame == null || frame.getFrameDescriptor().getInfo() instanceof PyFrameLayout) {
            return frame;
        }
        Object[] args = frame.getArguments();
        return args.length > 0 && args[0] instanceof MaterializedFrame m && m.getFrameDescriptor().getInfo() instanceof PyFrameLayout ? m : null;
    }

    /** A class body's namespace, its argument 1 (CLASS_BODY), or null. */
    public static PyDict namespace(Frame frame) {
        Object[] args = frame == null ? new Object[0] : frame.getArguments();
        return args.length > 1 && args[1] instanceof PyDict d ? d : null;
    }

    private static PyCell closureCell(Frame frame, int index) {
        Object[] args = frame.getArguments();
        if (args.length > 0 && args[0] instanceof PyFunction f && f.getClosure() != null && index < f.getClosure().length) {
            return f.getClosure()[index];
        }
        return null;
    }
}
