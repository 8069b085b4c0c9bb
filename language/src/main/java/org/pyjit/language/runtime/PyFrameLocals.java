package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * What {@code locals()} (and {@code vars()}, {@code dir()} without arguments) shows of a frame, by
 * the {@link PyFrameLayout} its descriptor carries: the module's globals at module level, the
 * namespace being built in a class body, and in a function a dict of its bound variables.
 *
 * A function's dict is CPython 3.11's {@code f_locals}: one dict per frame, which each call of
 * locals() brings up to date (bound variables stored, unbound ones removed, other keys kept), so
 * its order is that of first appearance, and writes to it change no variable. The variables come in
 * CPython's order: the parameters (positional, keyword-only, *args, **kwargs), the other locals in
 * order of first use, then the cell variables and the free variables, each sorted by name.
 */
public final class PyFrameLocals {
    private PyFrameLocals() {
    }

    /** {@code locals()} in {@code frame}, a frame of pyjit code (a generator's own frame for its body). */
    @TruffleBoundary
    public static PyDict of(MaterializedFrame frame) {
        return of(frame, true);
    }

    /**
     * {@code locals()} called other than by its name ({@code f = locals; f()}): the frame of the code that
     * called the builtin, read through Truffle's stack walk. That frame cannot be written, so a
     * function's dict is made anew unless a direct call has made it already.
     */
    @TruffleBoundary
    public static PyDict ofCaller() {
        Frame frame = Truffle.getRuntime().iterateFrames(fi -> fi.getFrame(FrameInstance.FrameAccess.READ_ONLY));
        if (frame == null) {
            throw PyErrors.runtimeError("locals(): no current frame");
        }
        return of(PyFrameLayout.variablesFrame(frame), false);
    }

    private static PyDict of(Frame frame, boolean writable) {
        if (frame == null || !(frame.getFrameDescriptor().getInfo() instanceof PyFrameLayout layout)) {
            throw PyErrors.runtimeError("locals(): no current frame");
        }
        switch (layout.getKind()) {
            case MODULE:
                return layout.getGlobals().asDict();
            case CLASS_BODY:
                return PyFrameLayout.namespace(frame);
            default:
                return update(layout, frame, writable);
        }
    }

    private static PyDict update(PyFrameLayout layout, Frame frame, boolean writable) {
        int dictSlot = layout.getDictSlot();
        PyDict dict = dictSlot >= 0 && frame.getValue(dictSlot) instanceof PyDict d ? d : null;
        if (dict == null) {
            dict = new PyDict();
            if (dictSlot >= 0 && writable) {
                frame.setObject(dictSlot, dict);
            }
        }
        for (int i = 0; i < layout.size(); i++) {
            Object v = layout.value(frame, i);
            if (v == null) {
                dict.remove(layout.getName(i));
            } else {
                dict.put(layout.getName(i), v);
            }
        }
        return dict;
    }

    /** {@code dir()}: the sorted keys of {@code locals()}. */
    @TruffleBoundary
    public static PyList sortedKeys(PyDict namespace) {
        Object[] keys = new Object[namespace.size()];
        int n = 0;
        for (Object k : namespace.keys()) {
            keys[n++] = k;
        }
        PySort.sort(keys, n, null, false);
        return new PyList(keys, n);
    }
}
