package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A slice object: start, stop, step are any Python values (None when omitted). */
public final class PySlice extends PyObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PySlice(Object start, Object stop, Object step) {
        super(EMPTY_SHAPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.SLICE;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    /** Resolved bounds for a sequence of a given length: start, stop, step and the number of elements. */
    public record Bounds(int start, int stop, int step, int length) {
    }

    /** CPython's PySlice_GetIndicesEx: clamps start/stop to the sequence like slicing does. */
    @TruffleBoundary
    public Bounds indices(int len) {
        long st = step == PyNone.NONE ? 1 : PyOps.sliceIndex(step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(PyOps.sliceIndex(start), len, 0, len);
            hi = stop == PyNone.NONE ? len : clamp(PyOps.sliceIndex(stop), len, 0, len);
        } else {
            lo = start == PyNone.NONE ? len - 1 : clamp(PyOps.sliceIndex(start), len, -1, len - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(PyOps.sliceIndex(stop), len, -1, len - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        int stepInt = (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new Bounds((int) lo, (int) hi, stepInt, (int) n);
    }

    private static long clamp(long v, int len, long low, long high) {
        if (v < 0) {
            v += len;
            if (v < 0) {
                return low;
            }
        }
        return Math.min(v, high);
    }
}
