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

    @Child private PySetItemNode generic = PySetItemNodeGen.create();
    /** The forms seen on the heap (PyList.OBJECTS, FLOATS, BOOLS); pinned ones are {@link #seenPinnedKind}. */
    @CompilationFinal private int seen;
    /** Small pinned lists this site moved back to the heap (PyList.unpinIfSmall). */
    private int unpinned;
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
            if ((seen & PyList.FLOATS) != 0) {
                double[] d = list.doubleItems();
                if (d != null && PyList.isUnboxedFloat(value)) {
                    d[i] = (Double) value;
                    return true;
                }
            }
            if ((seen & PyList.OBJECTS) != 0) {
                Object[] items = list.objectItems();
                if (items != null) {
                    items[i] = value;
                    return true;
                }
            }
            if ((seen & PyList.BOOLS) != 0) {
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
        if (unpinned < PyList.UNPINS_PER_SITE && list.unpinIfSmall()) {
            unpinned++;
            // In its heap form now (see PyItemReadNode).
            CompilerDirectives.transferToInterpreter();
            return storeInSeenForm(list, i, value);
        }
        int form = list.form();
        boolean pinned = (form & PyList.PINNED) != 0;
        if (!storesUnboxed(form, value, list.pinnedKind()) || (pinned && seenPinnedKind != null)) {
            return false;
        }
        learn(form, list.pinnedKind());
        // Ends a compiled path here (learn invalidated its code); no-op in the interpreter.
        CompilerDirectives.transferToInterpreter();
        list.set(i, value);
        return true;
    }

    /** Whether a list in {@code form} stores {@code value} as it is, where storing any other unboxes the list. */
    private static boolean storesUnboxed(int form, Object value, PyUnboxed pinnedKind) {
        if (form == PyList.OBJECTS) {
            return true;
        } else if (form == PyList.FLOATS) {
            return PyList.isUnboxedFloat(value);
        } else if (form == PyList.BOOLS) {
            return value instanceof Boolean;
        }
        return PyUnboxed.of(value) == pinnedKind;
    }

    @TruffleBoundary
    private void learn(int form, PyUnboxed kind) {
        if ((form & PyList.PINNED) != 0) {
            seenPinnedKind = kind;
        } else {
            seen |= form;
        }
        Assumption old = seenUnchanged;
        seenUnchanged = Truffle.getRuntime().createAssumption("item write forms");
        old.invalidate();
    }
}
