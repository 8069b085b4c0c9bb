package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A range over 64-bit bounds. */
public final class PyRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PyRange(long start, long stop, long step) {
        super(EMPTY_SHAPE);
        assert step != 0;
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** Whether a long holds the distance between {@code start} and {@code stop} (then it holds the length too). */
    public static boolean countable(long start, long stop) {
        return (start <= stop ? stop - start : start - stop) >= 0;
    }

    public static long computeLength(long start, long stop, long step) {
        if (step == 1) {
            // range(n) and range(a, b) need no division; a difference past 2**63 wraps negative.
            return start >= stop ? 0 : stop - start > 0 ? stop - start : bigLength(start, stop, step);
        }
        if (step > 0) {
            if (start >= stop) {
                return 0;
            }
            return (long) ((((double) stop - start) >= 9.0e18) ? bigLength(start, stop, step) : (stop - start - 1) / step + 1);
        } else {
            if (start <= stop) {
                return 0;
            }
            return (long) ((((double) start - stop) >= 9.0e18) ? bigLength(start, stop, step) : (start - stop - 1) / (-step) + 1);
        }
    }

    @TruffleBoundary
    private static long bigLength(long start, long stop, long step) {
        java.math.BigInteger s = java.math.BigInteger.valueOf(start);
        java.math.BigInteger e = java.math.BigInteger.valueOf(stop);
        java.math.BigInteger st = java.math.BigInteger.valueOf(step);
        java.math.BigInteger diff = step > 0 ? e.subtract(s) : s.subtract(e);
        java.math.BigInteger n = diff.subtract(java.math.BigInteger.ONE).divide(st.abs()).add(java.math.BigInteger.ONE);
        return n.bitLength() < 64 ? n.longValue() : Long.MAX_VALUE;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.RANGE;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long length() {
        return length;
    }

    /** The i-th element, 0 <= i < length. */
    public long item(long i) {
        return start + i * step;
    }
}
