package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Stores {@code obj[key] = value} for subscript targets and augmented assignments. A list keeps its
 * items in one of several forms (objects, unboxed floats, unboxed bools, pinned off-heap by tier 2:
 * see {@link PyList}); a site remembers the forms it stored into and compiles, for each of those
 * only, one check of the list's form and the store. A chain through every form costs nbody's
 * compiled {@code b1[3] -= dx * m2} more than the arithmetic. Anything else (a new form, an index
 * out of range, another object) goes through {@link PySetItemNode}.
 *
 * <p>
 * Like {@link org.pyjit.language.nodes.expression.PyItemReadNode}, compiled code learns a new form
 * through a call that invalidates it, never through a bare deoptimization (see there why).
 */
public final class PyItemWriteNode extends Node {
    private static final int OBJECTS = 1;
    private static final int DOUBLES = 2;
    private static final int BOOLS = 4;
    /** A form {@link #formOf} returns, remembered as {@link #seenPinnedKind} rather than in {@link #seen}. */
    private static final int PINNED = 8;

    @Child private PySetItemNode generic = PySetItemNodeGen.create();
    /** OBJECTS, DOUBLES and BOOLS, the forms seen on the heap. */
    @CompilationFinal private int seen;
    /** The kind of the pinned lists seen, or null; pinned lists of a second kind go the generic way. */
    @CompilationFinal private PyUnboxed seenPinnedKind;
    @CompilationFinal private Assumption seenUnchanged = Truffle.getRuntime().createAssumption("item write forms");

    public void execute(Object obj, Object key, Object value) {
        if (key instanceof Long index) {
            executeLong(obj, index, value);
        } else {
            generic.execute(obj, key, value);
        }
    }

    public void executeLong(Object obj, long index, Object value) {
        if (obj instanceof PyList list) {
            int size = list.size();
            long i = index < 0 ? index + size : index;
            if (i >= 0 && i < size && storeInSeenForm(list, (int) i, value)) {
                return;
            }
        }
        generic.execute(obj, index, value);
    }

    /** True when {@code list}'s form is one the site has seen, and the value is stored. */
    private boolean storeInSeenForm(PyList list, int i, Object value) {
        if (seenUnchanged.isValid()) {
            if ((seen & DOUBLES) != 0) {
                double[] d = list.doubleItems();
                if (d != null && PyList.isUnboxedFloat(value)) {
                    d[i] = (Double) value;
                    return true;
                }
            }
            if ((seen & OBJECTS) != 0) {
                Object[] items = list.objectItems();
                if (items != null) {
                    items[i] = value;
                    return true;
                }
            }
            if ((seen & BOOLS) != 0) {
                boolean[] b = list.boolItems();
                if (b != null && value instanceof Boolean x) {
                    b[i] = x;
                    return true;
                }
            }
            PyUnboxed kind = seenPinnedKind;
            if (kind != null && list.pinnedKind() == kind && PyUnboxed.of(value) == kind) {
                list.setPinnedBits(i, kind.toBits(value));
                return true;
            }
        }
        int form = formOf(list, value);
        if (form == 0 || (form == PINNED && seenPinnedKind != null)) {
            return false;
        }
        learn(form, list.pinnedKind());
        // Ends a compiled path here (learn invalidated its code); no-op in the interpreter.
        CompilerDirectives.transferToInterpreter();
        list.set(i, value);
        return true;
    }

    /** The form {@code value} is stored in, unboxed where {@code list} keeps it so, or 0 when it unboxes it. */
    private static int formOf(PyList list, Object value) {
        if (list.objectItems() != null) {
            return OBJECTS;
        } else if (list.doubleItems() != null) {
            return PyList.isUnboxedFloat(value) ? DOUBLES : 0;
        } else if (list.boolItems() != null) {
            return value instanceof Boolean ? BOOLS : 0;
        }
        return PyUnboxed.of(value) == list.pinnedKind() ? PINNED : 0;
    }

    @TruffleBoundary
    private void learn(int form, PyUnboxed kind) {
        if (form == PINNED) {
            seenPinnedKind = kind;
        } else {
            seen |= form;
        }
        Assumption old = seenUnchanged;
        seenUnchanged = Truffle.getRuntime().createAssumption("item write forms");
        old.invalidate();
    }
}
