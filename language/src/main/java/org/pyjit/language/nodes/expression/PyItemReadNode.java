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
 * list items by int index compiles, for each form of list storage it has seen (objects, floats or
 * bools on the heap, ints, floats or bools pinned off-heap by tier 2: see {@link PyList}), one
 * check of that form and one load, whose box Graal removes. {@code PyList.get} goes through every
 * form: its branches kept Graal from moving a loop-invariant read out of its loop, and a merge of
 * a float's box with the other forms' items allocated the box. A double[] holds no NaN, so its
 * items need no check; a NaN native code stored in a pinned list is boxed once (see below). A
 * small pinned list in a form the site has not seen goes back to the heap instead
 * ({@link PyList#unpinIfSmall}), so that the site reads one form of floats, not two.
 *
 * <p>
 * Anything but a list (a tuple, a dict, a slice key) goes through {@link PyGetItemNode}; a site
 * that reads both floats and ints unboxed goes there for good, as their two boxes would merge.
 * Compiled code learns a new form through a call that invalidates it, never through a bare
 * deoptimization: Graal would hoist a loop-invariant check of that kind above the loop, the
 * interpreter would resume before the loop, tier 2 would run the loop natively, this node would
 * never run in the interpreter to learn, and every recompilation would deoptimize again.
 */
public final class PyItemReadNode extends Node {
    /** Forms whose items come as Double boxes and as Long boxes: never both at one site. */
    private static final int FLOAT_FORMS = PyList.FLOATS | PyList.PINNED_FLOATS;
    /** Not a form (see PyList.form): the site reads everything through PyGetItemNode. */
    private static final int GENERAL = 64;

    @Child private PyGetItemNode getItem = PyGetItemNodeGen.create(null, null);
    @CompilationFinal private int forms;
    /** Small pinned lists this site moved back to the heap (PyList.unpinIfSmall). */
    private int unpinned;
    /** Compiled code depends on it; invalidated when {@link #forms} changes. */
    @CompilationFinal private Assumption formsUnchanged = Truffle.getRuntime().createAssumption("item read forms");

    public Object execute(Object obj, Object key) {
        if (forms != GENERAL && formsUnchanged.isValid() && obj instanceof PyList list && key instanceof Long index) {
            int f = forms;
            if ((f & PyList.OBJECTS) != 0) {
                Object[] objects = list.objectItems();
                if (objects != null) {
                    return objects[itemIndex(list, index)];
                }
            }
            if ((f & PyList.FLOATS) != 0) {
                double[] doubles = list.doubleItems();
                if (doubles != null) {
                    return doubles[itemIndex(list, index)];
                }
            }
            if ((f & PyList.BOOLS) != 0) {
                boolean[] bools = list.boolItems();
                if (bools != null) {
                    return bools[itemIndex(list, index)];
                }
            }
            if ((f & PyList.PINNED) != 0) {
                PyUnboxed pinned = list.pinnedKind();
                if ((f & PyList.PINNED_INTS) != 0 && pinned == PyUnboxed.INT) {
                    return list.pinnedBits(itemIndex(list, index));
                }
                if ((f & PyList.PINNED_BOOLS) != 0 && pinned == PyUnboxed.BOOL) {
                    return list.pinnedBits(itemIndex(list, index)) != 0;
                }
                if ((f & PyList.PINNED_FLOATS) != 0 && pinned == PyUnboxed.FLOAT) {
                    double x = Double.longBitsToDouble(list.pinnedBits(itemIndex(list, index)));
                    if (x == x) {
                        return x;
                    }
                    // A NaN native code stored: the list boxes it once and holds objects from then on
                    // (PyList.get), so that it stays one object. Once per list: leave compiled code.
                    CompilerDirectives.transferToInterpreter();
                    return getItem.executeWith(obj, key);
                }
            }
            if (unpinned < PyList.UNPINS_PER_SITE && list.unpinIfSmall()) {
                unpinned++;
                // In its heap form now, which this site may have seen. Compiled code leaves without
                // reading it: a second box would merge with the ones above, and Graal would allocate it.
                CompilerDirectives.transferToInterpreter();
                return execute(obj, key);
            }
            learn(list.form());
            // Ends this compiled path without a value (learn invalidated its code), so that nothing
            // merges with the boxes above; a no-op in the interpreter.
            CompilerDirectives.transferToInterpreter();
        }
        return getItem.executeWith(obj, key);
    }

    /** The index of item {@code index} (negative from the end) of {@code list}; IndexError out of range. */
    private static int itemIndex(PyList list, long index) {
        int size = list.size();
        if (index < 0 ? index < -size : index >= size) {
            throw listIndexOutOfRange();
        }
        return (int) (index < 0 ? index + size : index);
    }

    @TruffleBoundary
    private void learn(int form) {
        int seen = forms | form;
        boolean floats = (seen & FLOAT_FORMS) != 0;
        forms = floats && (seen & PyList.PINNED_INTS) != 0 ? GENERAL : seen;
        Assumption old = formsUnchanged;
        formsUnchanged = Truffle.getRuntime().createAssumption("item read forms");
        old.invalidate();
    }

    @TruffleBoundary
    private static PyException listIndexOutOfRange() {
        return PyErrors.indexError("list index out of range");
    }
}
