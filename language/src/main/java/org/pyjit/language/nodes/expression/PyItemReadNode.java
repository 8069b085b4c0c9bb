package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Reads {@code obj[key]} for subscript expressions and augmented assignments. A site that reads
 * items of lists of floats kept unboxed (in a double[] or pinned off-heap by tier 2) or of pinned
 * ints compiles to one load whose box Graal removes: a path shared with object lists would merge
 * their items with the box and allocate it per read.
 *
 * <p>
 * Lists often go through tier 1 before tier 2 pins them, so a site may start on object lists and
 * move to the unboxed kind once it sees one, also in compiled code; anything else after that
 * makes it general for good. Compiled code changes the mode through a call, never through a bare
 * deoptimization: Graal would hoist a loop-invariant check of that kind above the loop, the
 * interpreter would resume before the loop, tier 2 would run the loop natively, this node would
 * never run in the interpreter to change its mode, and every recompilation would deoptimize again.
 */
public final class PyItemReadNode extends Node {
    private static final byte UNSET = 0;
    private static final byte OBJECT_LISTS = 1;
    private static final byte UNBOXED = 2;
    private static final byte GENERAL = 3;

    @Child private PyGetItemNode getItem = PyGetItemNodeGen.create(null, null);
    @CompilationFinal private byte mode = UNSET;
    /** In UNBOXED mode: FLOAT (a double[] or pinned floats) or INT (pinned ints). */
    @CompilationFinal private PyUnboxed kind;
    /** Compiled code depends on it; invalidated when the mode changes. */
    @CompilationFinal private Assumption modeUnchanged = Truffle.getRuntime().createAssumption("item read mode");

    public Object execute(Object obj, Object key) {
        if (mode == UNSET) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            PyUnboxed unboxed = obj instanceof PyList list ? unboxedKind(list) : null;
            if (unboxed != null) {
                kind = unboxed;
                mode = UNBOXED;
            } else {
                mode = obj instanceof PyList ? OBJECT_LISTS : GENERAL;
            }
        } else if (mode == UNBOXED && modeUnchanged.isValid()) {
            if (obj instanceof PyList list && key instanceof Long index && unboxedKind(list) == kind) {
                int size = list.size();
                if (index < 0 ? index < -size : index >= size) {
                    throw listIndexOutOfRange();
                }
                int i = (int) (index < 0 ? index + size : index);
                if (kind == PyUnboxed.INT) {
                    return list.pinnedBits(i);
                }
                double[] doubles = list.doubleItems();
                double x = doubles != null ? doubles[i] : Double.longBitsToDouble(list.pinnedBits(i));
                if (x == x) {
                    return x;
                }
                // A NaN native code stored: the list boxes it once and holds objects from then on
                // (PyList.get), so that it stays one object. Once per list: leave compiled code.
                CompilerDirectives.transferToInterpreter();
                return getItem.executeWith(obj, key);
            }
            changeMode(GENERAL, null);
            // Ends this compiled path without a value, so that nothing merges with the box above.
            CompilerDirectives.transferToInterpreter();
        } else if (mode == OBJECT_LISTS && modeUnchanged.isValid() && obj instanceof PyList list) {
            PyUnboxed unboxed = unboxedKind(list);
            if (unboxed != null) {
                changeMode(UNBOXED, unboxed);
            }
        }
        return getItem.executeWith(obj, key);
    }

    @TruffleBoundary
    private void changeMode(byte newMode, PyUnboxed newKind) {
        mode = newMode;
        kind = newKind;
        Assumption old = modeUnchanged;
        modeUnchanged = Truffle.getRuntime().createAssumption("item read mode");
        old.invalidate();
    }

    /** FLOAT for floats kept unboxed on the heap or pinned, INT for pinned ints, else null. */
    private static PyUnboxed unboxedKind(PyList list) {
        if (list.doubleItems() != null) {
            return PyUnboxed.FLOAT;
        }
        PyUnboxed pinned = list.pinnedKind();
        return pinned == PyUnboxed.FLOAT || pinned == PyUnboxed.INT ? pinned : null;
    }

    @TruffleBoundary
    private static PyException listIndexOutOfRange() {
        return PyErrors.indexError("list index out of range");
    }
}
