package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * What {@code locals()} (and {@code vars()}, {@code dir()} without arguments) shows of a frame, kept as
 * the info of the frame's descriptor: the module's globals at module level, the namespace being
 * built in a class body, and in a function a dict of its bound variables.
 *
 * A function's dict is CPython 3.11's {@code f_locals}: one dict per frame, which each call of
 * locals() brings up to date (bound variables stored, unbound ones removed, other keys kept), so
 * its order is that of first appearance, and writes to it change no variable. The variables come in
 * CPython's order: the parameters (positional, keyword-only, *args, **kwargs), the other locals in
 * order of first use, then the cell variables and the free variables, each sorted by name.
 */
public final class PyFrameLocals {
    private enum Kind {
        MODULE, CLASS, FUNCTION
    }

    public static final PyFrameLocals CLASS_BODY = new PyFrameLocals(Kind.CLASS, null, null, null, -1);

    private final Kind kind;
    private final PyGlobals globals;
    private final String[] names;
    /** Per name: its frame slot (a local, or a cell variable's cell), or {@code -1 - i} for free variable i of the closure. */
    private final int[] places;
    /** The slot that keeps the frame's dict between calls, -1 when nothing in the function calls locals() directly. */
    private final int dictSlot;

    private PyFrameLocals(Kind kind, PyGlobals globals, String[] names, int[] places, int dictSlot) {
        this.kind = kind;
        this.globals = globals;
        this.names = names;
        this.places = places;
        this.dictSlot = dictSlot;
    }

    public static PyFrameLocals module(PyGlobals globals) {
        return new PyFrameLocals(Kind.MODULE, globals, null, null, -1);
    }

    public static PyFrameLocals function(String[] names, int[] places, int dictSlot) {
        return new PyFrameLocals(Kind.FUNCTION, null, names, places, dictSlot);
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
        if (!(frame.getFrameDescriptor().getInfo() instanceof PyFrameLocals) && frame.getArguments().length > 0 &&
                        frame.getArguments()[0] instanceof MaterializedFrame generatorFrame) {
            // a generator's body runs on the generator's frame, passed as its first argument
            frame = generatorFrame;
        }
        return of(frame, false);
    }

    private static PyDict of(Frame frame, boolean writable) {
        if (!(frame.getFrameDescriptor().getInfo() instanceof PyFrameLocals layout)) {
            throw PyErrors.runtimeError("locals(): no current frame");
        }
        switch (layout.kind) {
            case MODULE:
                return layout.globals.asDict();
            case CLASS:
                return (PyDict) frame.getArguments()[1];
            default:
                return layout.update(frame, writable);
        }
    }

    private PyDict update(Frame frame, boolean writable) {
        PyDict dict = dictSlot >= 0 && frame.getValue(dictSlot) instanceof PyDict d ? d : null;
        if (dict == null) {
            dict = new PyDict();
            if (dictSlot >= 0 && writable) {
                frame.setObject(dictSlot, dict);
            }
        }
        for (int i = 0; i < names.length; i++) {
            int place = places[i];
            Object v;
            if (place >= 0) {
                v = frame.getValue(place);
                if (v instanceof PyCell cell) {
                    v = cell.get();
                }
            } else {
                v = ((PyFunction) frame.getArguments()[0]).getClosure()[-1 - place].get();
            }
            if (v instanceof PyStrBuilder b) {
                // what a growing str's slot holds; the variable's value is the str
                v = b.toString();
            }
            if (v == null) {
                dict.remove(names[i]);
            } else {
                dict.put(names[i], v);
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
