package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Set algebra following CPython's algorithms (which decide the iteration order of the results). */
public final class PySetOps {
    private PySetOps() {
    }

    /** Any iterable as a set (sets themselves are returned as they are). */
    @TruffleBoundary
    public static PyAbstractSet toSet(Object iterable) {
        if (iterable instanceof PyAbstractSet s) {
            return s;
        }
        PySet s = new PySet();
        addAll(s, iterable);
        return s;
    }

    @TruffleBoundary
    public static void addAll(PyAbstractSet s, Object iterable) {
        if (iterable instanceof PyAbstractSet o) {
            s.addAllFrom(o);
            return;
        }
        if (iterable instanceof PyDict d) {
            s.reserveFor(d.size());
            for (int i = 0; i < d.entryLimit(); i++) {
                Object k = d.keyAt(i);
                if (k != null) {
                    s.addElement(k);
                }
            }
            return;
        }
        Object it = PyOps.getIter(iterable);
        Object v;
        while ((v = PyOps.next(it)) != null) {
            s.addElement(v);
        }
    }

    @TruffleBoundary
    public static PyAbstractSet copy(PyAbstractSet a) {
        PyAbstractSet r = a.newEmpty();
        r.addAllFrom(a);
        return r;
    }

    @TruffleBoundary
    public static PyAbstractSet union(PyAbstractSet a, Object b) {
        PyAbstractSet r = copy(a);
        addAll(r, b);
        return r;
    }

    @TruffleBoundary
    public static PyAbstractSet intersection(PyAbstractSet a, Object b) {
        PyAbstractSet r = a.newEmpty();
        if (b instanceof PyAbstractSet bs) {
            PyAbstractSet big = a;
            PyAbstractSet small = bs;
            if (bs.size() > a.size()) {
                big = bs;
                small = a;
            }
            for (Object k : small.toArray()) {
                if (big.contains(k)) {
                    r.addElement(k);
                }
            }
            return r;
        }
        Object it = PyOps.getIter(b);
        Object v;
        while ((v = PyOps.next(it)) != null) {
            if (a.contains(v)) {
                r.addElement(v);
            }
        }
        return r;
    }

    @TruffleBoundary
    public static PyAbstractSet difference(PyAbstractSet a, Object b) {
        if (!(b instanceof PyAbstractSet) && !(b instanceof PyDict d && d.getPyClass() == PyTypes.DICT)) {
            // Like CPython: a copy of a, then b's elements discarded (the copy keeps a's layout).
            PyAbstractSet r = copy(a);
            differenceUpdate(r, b);
            return r;
        }
        PyAbstractSet other = b instanceof PyAbstractSet bs ? bs : toSet(b);
        if ((a.size() >> 2) > other.size()) {
            PyAbstractSet r = copy(a);
            differenceUpdate(r, other);
            return r;
        }
        PyAbstractSet r = a.newEmpty();
        for (Object k : a.toArray()) {
            if (!other.contains(k)) {
                r.addElement(k);
            }
        }
        return r;
    }

    @TruffleBoundary
    public static PyAbstractSet symmetricDifference(PyAbstractSet a, Object b) {
        PyAbstractSet r = a.newEmpty();
        addAll(r, b);
        for (Object k : a.toArray()) {
            if (!r.discardElement(k)) {
                r.addElement(k);
            }
        }
        return r;
    }

    @TruffleBoundary
    public static void symmetricDifferenceUpdate(PyAbstractSet s, Object b) {
        if (b == s) {
            s.clearElements();
            return;
        }
        PyAbstractSet other = b instanceof PyAbstractSet bs && bs != s ? bs : toSetCopy(b);
        for (Object k : other.toArray()) {
            if (!s.discardElement(k)) {
                s.addElement(k);
            }
        }
    }

    private static PyAbstractSet toSetCopy(Object b) {
        PySet r = new PySet();
        addAll(r, b);
        return r;
    }

    @TruffleBoundary
    public static void intersectionUpdate(PyAbstractSet s, Object b) {
        s.takeTableOf(intersection(s, b));
    }

    @TruffleBoundary
    public static void differenceUpdate(PyAbstractSet s, Object b) {
        if (b == s) {
            s.clearElements();
            return;
        }
        Object[] items;
        if (b instanceof PyAbstractSet bs) {
            // Like CPython: a much larger other set is first cut down to the common elements.
            items = ((bs.size() >> 3) > s.size() ? intersection(s, bs) : bs).toArray();
        } else {
            items = PyOps.toArray(b);
        }
        for (Object k : items) {
            s.discardElement(k);
        }
        s.purgeDeletedIfMany();
    }

    @TruffleBoundary
    public static boolean isSubset(PyAbstractSet a, PyAbstractSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object k : a.toArray()) {
            if (!b.contains(k)) {
                return false;
            }
        }
        return true;
    }

    @TruffleBoundary
    public static boolean isDisjoint(PyAbstractSet a, Object b) {
        Object[] items = b instanceof PyAbstractSet bs ? bs.toArray() : PyOps.toArray(b);
        for (Object k : items) {
            if (a.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The frozenset constant CPython's compiler ends up with for a set display whose elements are
     * all constants ({@code {3, 1, 2}} with more than two elements), computed once per display.
     * CPython folds those into a frozenset constant, which its compiler then rebuilds once more, and
     * copies into the new set: the element order differs from adding the values one by one, so this
     * repeats those steps to print the same order.
     */
    @TruffleBoundary
    public static PyFrozenSet constantTemplate(Object[] values) {
        PyFrozenSet folded = new PyFrozenSet();
        for (Object v : values) {
            folded.addElement(v);
        }
        PyFrozenSet rebuilt = new PyFrozenSet();
        for (Object v : folded.toArray()) {
            rebuilt.addElement(v);
        }
        return rebuilt;
    }

    /** A new set from a {@link #constantTemplate}: copied table and all, as CPython's set update from a frozenset does. */
    @TruffleBoundary
    public static PySet fromConstantTemplate(PyFrozenSet template) {
        PySet r = new PySet();
        r.addAllFrom(template);
        return r;
    }
}
