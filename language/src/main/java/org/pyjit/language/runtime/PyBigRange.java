package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A range whose bounds or length do not fit in a long ({@code range(0, 10 ** 20, 10 ** 18)}). Kept apart from
 * {@link PyRange} so that the common case (and the for-loop fast path over it) stays on plain longs; {@link #create} picks
 * the representation, so a PyBigRange is only ever made when a PyRange cannot hold the range.
 */
public final class PyBigRange extends PyObject {
    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;
    private final BigInteger length;

    private PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
        super(EMPTY_SHAPE);
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start, stop, step);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.RANGE;
    }

    /** A range over Python ints (Long or BigInteger), step non-zero: a PyRange when everything fits in a long. */
    @TruffleBoundary
    public static PyObject create(Object start, Object stop, Object step) {
        BigInteger b = big(start);
        BigInteger e = big(stop);
        BigInteger s = big(step);
        if (start instanceof Long && stop instanceof Long && step instanceof Long && lengthOf(b, e, s).bitLength() < 64) {
            return new PyRange((Long) start, (Long) stop, (Long) step);
        }
        return new PyBigRange(b, e, s);
    }

    private static PyObject create(BigInteger start, BigInteger stop, BigInteger step) {
        return create(PyInt.normalize(start), PyInt.normalize(stop), PyInt.normalize(step));
    }

    private static BigInteger big(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf((Long) v);
    }

    private static BigInteger lengthOf(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger diff = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (diff.signum() <= 0) {
            return BigInteger.ZERO;
        }
        return diff.subtract(BigInteger.ONE).divide(step.abs()).add(BigInteger.ONE);
    }

    public Object getStart() {
        return PyInt.normalize(start);
    }

    public Object getStop() {
        return PyInt.normalize(stop);
    }

    public Object getStep() {
        return PyInt.normalize(step);
    }

    public boolean isEmpty() {
        return length.signum() == 0;
    }

    /** len(): like CPython, a length beyond ssize_t cannot be returned. */
    @TruffleBoundary
    public long length() {
        if (length.bitLength() >= 64) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    private BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    @TruffleBoundary
    public Object getIndex(Object key) {
        BigInteger i = big(PyOps.index(key));
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw PyErrors.indexError("range object index out of range");
        }
        return PyInt.normalize(item(i));
    }

    /** r[slice] for any range: computed on Python ints, since slice bounds and lengths may exceed a long. */
    @TruffleBoundary
    public static PyObject slice(Object rangeStart, Object rangeStep, BigInteger len, PySlice s) {
        BigInteger st = s.getStep() == PyNone.NONE ? BigInteger.ONE : sliceIndex(s.getStep());
        if (st.signum() == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        boolean back = st.signum() < 0;
        BigInteger lower = back ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = back ? len.subtract(BigInteger.ONE) : len;
        BigInteger from = bound(s.getStart(), back ? upper : lower, len, lower, upper);
        BigInteger to = bound(s.getStop(), back ? lower : upper, len, lower, upper);
        BigInteger b = big(rangeStart);
        BigInteger k = big(rangeStep);
        return create(b.add(from.multiply(k)), b.add(to.multiply(k)), k.multiply(st));
    }

    /** CPython's _PyEval_SliceIndex: an error that __index__ itself raises passes through. */
    private static BigInteger sliceIndex(Object v) {
        if (!PyOps.isIndexLike(v)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return big(PyOps.index(v));
    }

    private static BigInteger bound(Object v, BigInteger dflt, BigInteger len, BigInteger lower, BigInteger upper) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        BigInteger i = sliceIndex(v);
        if (i.signum() < 0) {
            i = i.add(len);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    @TruffleBoundary
    public PyObject slice(PySlice s) {
        return slice(getStart(), getStep(), length, s);
    }

    /** Membership of an int (Long, Boolean or BigInteger). */
    @TruffleBoundary
    public boolean containsInt(Object v) {
        if (isEmpty()) {
            return false;
        }
        BigInteger x = v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : big(v);
        BigInteger last = item(length.subtract(BigInteger.ONE));
        BigInteger lo = step.signum() > 0 ? start : last;
        BigInteger hi = step.signum() > 0 ? last : start;
        return x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0 && x.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** range.index(v) for an int that {@link #containsInt} accepts. */
    @TruffleBoundary
    public Object positionOf(Object v) {
        BigInteger x = v instanceof Boolean b ? (b ? BigInteger.ONE : BigInteger.ZERO) : big(v);
        return PyInt.normalize(x.subtract(start).divide(step));
    }

    @TruffleBoundary
    public PyIterator iterator(boolean reversed) {
        BigInteger first = reversed ? (isEmpty() ? start : item(length.subtract(BigInteger.ONE))) : start;
        BigInteger by = reversed ? step.negate() : step;
        BigInteger count = length;
        return new Iter(first, by, count);
    }

    @TruffleBoundary
    public String repr() {
        return "range(" + start + ", " + stop + (step.equals(BigInteger.ONE) ? "" : ", " + step) + ")";
    }

    /** CPython's range equality: the same sequence of values (compares length, first item, step). */
    @TruffleBoundary
    public static boolean sameSequence(Object a, Object b) {
        BigInteger[] x = parts(a);
        BigInteger[] y = parts(b);
        if (!x[2].equals(y[2])) {
            return false;
        }
        if (x[2].signum() == 0) {
            return true;
        }
        if (!x[0].equals(y[0])) {
            return false;
        }
        return x[2].equals(BigInteger.ONE) || x[1].equals(y[1]);
    }

    /** start, step, length of a PyRange or PyBigRange. */
    private static BigInteger[] parts(Object r) {
        if (r instanceof PyRange p) {
            return new BigInteger[]{BigInteger.valueOf(p.getStart()), BigInteger.valueOf(p.getStep()), BigInteger.valueOf(p.length())};
        }
        PyBigRange p = (PyBigRange) r;
        return new BigInteger[]{p.start, p.step, p.length};
    }

    @TruffleBoundary
    public long hash() {
        Object n = PyInt.normalize(length);
        boolean empty = isEmpty();
        boolean single = length.equals(BigInteger.ONE);
        return PyOps.hashTuple(new Object[]{n, empty ? PyNone.NONE : getStart(), empty || single ? PyNone.NONE : getStep()});
    }

    private static final class Iter extends PyObject implements PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        Iter(BigInteger first, BigInteger step, BigInteger count) {
            super(EMPTY_SHAPE);
            this.next = first;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public PyClass getPyClass() {
            return PyTypes.RANGE_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            if (remaining.signum() <= 0) {
                return null;
            }
            Object v = PyInt.normalize(next);
            next = next.add(step);
            remaining = remaining.subtract(BigInteger.ONE);
            return v;
        }
    }
}
