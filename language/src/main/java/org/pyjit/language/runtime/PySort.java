package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython 3.11's list sort: the adaptive natural merge sort of {@code Objects/listsort.txt} (runs
 * found left to right, short ones extended to a minimum length by binary insertion, merged in
 * powersort's order, merges galloping once one side keeps winning), comparing only with Python's
 * {@code <}. The same algorithm makes the same comparisons in the same order, so what a program can
 * observe matches CPython too: how often a user's {@code __lt__} runs, where a NaN ends up (a NaN
 * makes {@code <} inconsistent, and the result depends on which pairs were compared), and the order
 * a list is left in when a comparison raises (every item is still there, none twice).
 */
public final class PySort {
    /** Consecutive wins of one run after which a merge starts galloping (its initial threshold). */
    private static final int MIN_GALLOP = 7;
    /** Enough pending runs for any list a Java array can hold (CPython's MAX_MERGE_PENDING). */
    private static final int MAX_PENDING = 85;

    private final Object[] keys;
    /** The items, moved alongside their keys; null when the items are their own keys. */
    private final Object[] values;
    private final int length;
    private Object[] tempKeys = new Object[0];
    private Object[] tempValues;
    private int minGallop = MIN_GALLOP;
    private final int[] runBase = new int[MAX_PENDING];
    private final int[] runLength = new int[MAX_PENDING];
    /** A run's depth in powersort's conceptual merge tree, set once the run after it is found. */
    private final int[] runPower = new int[MAX_PENDING];
    private int pending;
    /** Set by {@link #countRun}: the run it found descends strictly. */
    private boolean descending;

    private PySort(Object[] keys, Object[] values, int length) {
        this.keys = keys;
        this.values = values;
        this.length = length;
        this.tempValues = values == null ? null : new Object[0];
    }

    /**
     * Sorts items[0..n) in place; with keys (same length), by their keys, moving both. With
     * {@code reverse}, equal elements keep their order, as in CPython: the items are reversed before
     * and after the sort (also when a comparison raises, which then leaves them in the order reached).
     */
    @TruffleBoundary
    public static void sort(Object[] items, int n, Object[] keys, boolean reverse) {
        if (reverse) {
            reverse(items, 0, n);
            if (keys != null) {
                reverse(keys, 0, n);
            }
        }
        try {
            if (n >= 2) {
                new PySort(keys == null ? items : keys, keys == null ? null : items, n).run();
            }
        } finally {
            if (reverse) {
                reverse(items, 0, n);
            }
        }
    }

    private void run() {
        int lo = 0;
        int remaining = length;
        int minRun = minRun(remaining);
        do {
            int n = countRun(lo, lo + remaining);
            if (descending) {
                reverse(keys, lo, lo + n);
                if (values != null) {
                    reverse(values, lo, lo + n);
                }
            }
            if (n < minRun) {
                int force = Math.min(remaining, minRun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLength[pending] = n;
            pending++;
            lo += n;
            remaining -= n;
        } while (remaining > 0);
        while (pending > 1) {
            int i = pending - 2;
            if (i > 0 && runLength[i - 1] < runLength[i + 1]) {
                i--;
            }
            mergeAt(i);
        }
    }

    private static boolean less(Object a, Object b) {
        return PyOps.lessThan(a, b);
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** n itself below 64; else a length in 32..64 such that n divided by it is just below a power of 2. */
    private static int minRun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run at keys[lo..hi): non-descending, or strictly descending (then {@link #descending}). */
    private int countRun(int lo, int hi) {
        descending = false;
        int i = lo + 1;
        if (i == hi) {
            return 1;
        }
        int n = 2;
        if (less(keys[i], keys[i - 1])) {
            descending = true;
            for (i++; i < hi && less(keys[i], keys[i - 1]); i++) {
                n++;
            }
        } else {
            for (i++; i < hi && !less(keys[i], keys[i - 1]); i++) {
                n++;
            }
        }
        return n;
    }

    /** Sorts keys[lo..hi) by binary insertion, keys[lo..start) being sorted already. */
    private void binarySort(int lo, int hi, int start) {
        if (start == lo) {
            start++;
        }
        for (; start < hi; start++) {
            Object pivot = keys[start];
            int l = lo;
            int r = start;
            // After equal keys: the sort is stable.
            do {
                int p = l + ((r - l) >> 1);
                if (less(pivot, keys[p])) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != null) {
                Object item = values[start];
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = item;
            }
        }
    }

    /**
     * A run of length n2 follows the topmost pending one: merges the pending runs deeper in the
     * merge tree than the boundary between those two (powersort).
     */
    private void foundNewRun(int n2) {
        if (pending == 0) {
            return;
        }
        int power = power(runBase[pending - 1], runLength[pending - 1], n2, length);
        while (pending > 1 && runPower[pending - 2] > power) {
            mergeAt(pending - 2);
        }
        runPower[pending - 1] = power;
    }

    /**
     * The depth of the node between adjacent runs [s1, s1 + n1) and [s1 + n1, s1 + n1 + n2) in the
     * binary tree that halves [0, n): the first bit where the binary fractions of their midpoints,
     * divided by n, differ. Twice the midpoints keep the arithmetic in integers.
     */
    private static int power(long s1, long n1, long n2, long n) {
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        int result = 0;
        while (true) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                return result;
            }
            a <<= 1;
            b <<= 1;
        }
    }

    /** Merges pending runs i and i + 1. */
    private void mergeAt(int i) {
        int baseA = runBase[i];
        int na = runLength[i];
        int baseB = runBase[i + 1];
        int nb = runLength[i + 1];
        runLength[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLength[i + 1] = runLength[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // The head of A not above B's first key, and the tail of B below A's last, are in place.
        int k = gallopRight(keys[baseB], keys, baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) {
            return;
        }
        nb = gallopLeft(keys[baseA + na - 1], keys, baseB, nb, nb - 1);
        if (nb == 0) {
            return;
        }
        if (na <= nb) {
            mergeLow(baseA, na, baseB, nb);
        } else {
            mergeHigh(baseA, na, baseB, nb);
        }
    }

    /**
     * Where key goes in the sorted a[base..base + n), before any equal element: the k in 0..n with
     * a[k - 1] < key <= a[k]. Gallops from index {@code hint} (1, 3, 7, ... away), then bisects.
     */
    private static int gallopLeft(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int at = base + hint;
        if (less(a[at], key)) {
            int maxOfs = n - hint;
            while (ofs < maxOfs && less(a[at + ofs], key)) {
                lastOfs = ofs;
                ofs = next(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        } else {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && !less(a[at - ofs], key)) {
                lastOfs = ofs;
                ofs = next(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (less(a[base + m], key)) {
                lastOfs = m + 1;
            } else {
                ofs = m;
            }
        }
        return ofs;
    }

    /** Like {@link #gallopLeft}, but after any equal element: the k with a[k - 1] <= key < a[k]. */
    private static int gallopRight(Object key, Object[] a, int base, int n, int hint) {
        int lastOfs = 0;
        int ofs = 1;
        int at = base + hint;
        if (less(key, a[at])) {
            int maxOfs = hint + 1;
            while (ofs < maxOfs && less(key, a[at - ofs])) {
                lastOfs = ofs;
                ofs = next(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            int k = lastOfs;
            lastOfs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxOfs = n - hint;
            while (ofs < maxOfs && !less(key, a[at + ofs])) {
                lastOfs = ofs;
                ofs = next(ofs, maxOfs);
            }
            ofs = Math.min(ofs, maxOfs);
            lastOfs += hint;
            ofs += hint;
        }
        lastOfs++;
        while (lastOfs < ofs) {
            int m = lastOfs + ((ofs - lastOfs) >> 1);
            if (less(key, a[base + m])) {
                ofs = m;
            } else {
                lastOfs = m + 1;
            }
        }
        return ofs;
    }

    /** The next galloping offset, 2 * ofs + 1, kept from overflowing past {@code maxOfs}. */
    private static int next(int ofs, int maxOfs) {
        return ofs > (maxOfs - 1) / 2 ? maxOfs : 2 * ofs + 1;
    }

    private void ensureTemp(int n) {
        if (tempKeys.length < n) {
            tempKeys = new Object[n];
            if (values != null) {
                tempValues = new Object[n];
            }
        }
    }

    /** Copies n keys (and items) from {@code from} at {@code fromIndex} to {@code to} at {@code toIndex}. */
    private void move(Object[] fromKeys, Object[] fromValues, int fromIndex, Object[] toKeys, Object[] toValues, int toIndex, int n) {
        System.arraycopy(fromKeys, fromIndex, toKeys, toIndex, n);
        if (values != null) {
            System.arraycopy(fromValues, fromIndex, toValues, toIndex, n);
        }
    }

    /**
     * Merges the runs at a (na keys) and b = a + na (nb keys), na <= nb, where a's first key goes
     * after b's first and a's last after all of b: A moves to the temporary array and the merge
     * fills from the left. When a comparison raises, what is left of A is copied back after the
     * merged part, so every element is still there.
     */
    private void mergeLow(int a, int na, int b, int nb) {
        ensureTemp(na);
        Object[] tk = tempKeys;
        Object[] tv = tempValues;
        move(keys, values, a, tk, tv, 0, na);
        int dest = a;
        int ta = 0;
        boolean copyB = false;
        try {
            merge: {
                move(keys, values, b++, keys, values, dest++, 1);
                if (--nb == 0) {
                    break merge;
                }
                if (na == 1) {
                    copyB = true;
                    break merge;
                }
                int gallop = minGallop;
                while (true) {
                    int aCount = 0;
                    int bCount = 0;
                    // One element at a time until one run wins `gallop` times in a row.
                    while (true) {
                        if (less(keys[b], tk[ta])) {
                            move(keys, values, b++, keys, values, dest++, 1);
                            bCount++;
                            aCount = 0;
                            if (--nb == 0) {
                                break merge;
                            }
                            if (bCount >= gallop) {
                                break;
                            }
                        } else {
                            move(tk, tv, ta++, keys, values, dest++, 1);
                            aCount++;
                            bCount = 0;
                            if (--na == 1) {
                                copyB = true;
                                break merge;
                            }
                            if (aCount >= gallop) {
                                break;
                            }
                        }
                    }
                    // Galloping: copies whole stretches while either run keeps winning.
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = gallopRight(keys[b], tk, ta, na, 0);
                        aCount = k;
                        if (k != 0) {
                            move(tk, tv, ta, keys, values, dest, k);
                            dest += k;
                            ta += k;
                            na -= k;
                            if (na == 1) {
                                copyB = true;
                                break merge;
                            }
                            // Impossible with a consistent order; NaNs make it possible.
                            if (na == 0) {
                                break merge;
                            }
                        }
                        move(keys, values, b++, keys, values, dest++, 1);
                        if (--nb == 0) {
                            break merge;
                        }
                        k = gallopLeft(tk[ta], keys, b, nb, 0);
                        bCount = k;
                        if (k != 0) {
                            move(keys, values, b, keys, values, dest, k);
                            dest += k;
                            b += k;
                            nb -= k;
                            if (nb == 0) {
                                break merge;
                            }
                        }
                        move(tk, tv, ta++, keys, values, dest++, 1);
                        if (--na == 1) {
                            copyB = true;
                            break merge;
                        }
                    } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                    // Leaving galloping mode makes entering it again harder.
                    gallop++;
                    minGallop = gallop;
                }
            }
        } finally {
            if (!copyB && na > 0) {
                move(tk, tv, ta, keys, values, dest, na);
            }
        }
        if (copyB) {
            // A's last element goes after the rest of B.
            move(keys, values, b, keys, values, dest, nb);
            move(tk, tv, ta, keys, values, dest + nb, 1);
        }
    }

    /**
     * The mirror image of {@link #mergeLow} for na >= nb: B moves to the temporary array and the
     * merge fills from the right; when a comparison raises, what is left of B is copied back
     * before the merged part.
     */
    private void mergeHigh(int a, int na, int b, int nb) {
        ensureTemp(nb);
        Object[] tk = tempKeys;
        Object[] tv = tempValues;
        move(keys, values, b, tk, tv, 0, nb);
        int dest = b + nb - 1;
        int ia = a + na - 1;
        int tb = nb - 1;
        boolean copyA = false;
        try {
            merge: {
                move(keys, values, ia--, keys, values, dest--, 1);
                if (--na == 0) {
                    break merge;
                }
                if (nb == 1) {
                    copyA = true;
                    break merge;
                }
                int gallop = minGallop;
                while (true) {
                    int aCount = 0;
                    int bCount = 0;
                    while (true) {
                        if (less(tk[tb], keys[ia])) {
                            move(keys, values, ia--, keys, values, dest--, 1);
                            aCount++;
                            bCount = 0;
                            if (--na == 0) {
                                break merge;
                            }
                            if (aCount >= gallop) {
                                break;
                            }
                        } else {
                            move(tk, tv, tb--, keys, values, dest--, 1);
                            bCount++;
                            aCount = 0;
                            if (--nb == 1) {
                                copyA = true;
                                break merge;
                            }
                            if (bCount >= gallop) {
                                break;
                            }
                        }
                    }
                    gallop++;
                    do {
                        gallop -= gallop > 1 ? 1 : 0;
                        minGallop = gallop;
                        int k = na - gallopRight(tk[tb], keys, a, na, na - 1);
                        aCount = k;
                        if (k != 0) {
                            dest -= k;
                            ia -= k;
                            move(keys, values, ia + 1, keys, values, dest + 1, k);
                            na -= k;
                            if (na == 0) {
                                break merge;
                            }
                        }
                        move(tk, tv, tb--, keys, values, dest--, 1);
                        if (--nb == 1) {
                            copyA = true;
                            break merge;
                        }
                        k = nb - gallopLeft(keys[ia], tk, 0, nb, nb - 1);
                        bCount = k;
                        if (k != 0) {
                            dest -= k;
                            tb -= k;
                            move(tk, tv, tb + 1, keys, values, dest + 1, k);
                            nb -= k;
                            if (nb == 1) {
                                copyA = true;
                                break merge;
                            }
                            if (nb == 0) {
                                break merge;
                            }
                        }
                        move(keys, values, ia--, keys, values, dest--, 1);
                        if (--na == 0) {
                            break merge;
                        }
                    } while (aCount >= MIN_GALLOP || bCount >= MIN_GALLOP);
                    gallop++;
                    minGallop = gallop;
                }
            }
        } finally {
            if (!copyA && nb > 0) {
                move(tk, tv, 0, keys, values, dest - (nb - 1), nb);
            }
        }
        if (copyA) {
            // B's first element goes before the rest of A.
            dest -= na;
            ia -= na;
            move(keys, values, ia + 1, keys, values, dest + 1, na);
            move(tk, tv, tb, keys, values, dest, 1);
        }
    }
}
