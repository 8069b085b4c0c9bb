package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A stable merge sort that compares only with Python's {@code <} (as list.sort does), tolerating
 * inconsistent orders (NaN) instead of failing like Java's TimSort may.
 */
public final class PySort {
    private PySort() {
    }

    /**
     * Sorts items[0..n) in place. With keys (same length), items are ordered by their keys.
     * reverse keeps equal elements in their original order, like CPython.
     */
    @TruffleBoundary
    public static void sort(Object[] items, int n, Object[] keys, boolean reverse) {
        if (n < 2) {
            return;
        }
        Object[] k = keys == null ? items : keys;
        if (reverse) {
            reverseRange(items, n);
            if (keys != null) {
                reverseRange(keys, n);
            }
        }
        Object[] tmpK = new Object[n];
        Object[] tmpV = keys == null ? null : new Object[n];
        mergeSort(k, keys == null ? null : items, tmpK, tmpV, 0, n);
        if (reverse) {
            reverseRange(items, n);
            if (keys != null) {
                reverseRange(keys, n);
            }
        }
    }

    private static void reverseRange(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean less(Object a, Object b) {
        return PyOps.lessThan(a, b);
    }

    /** Sorts k[lo..hi) (and v alongside when not null). */
    private static void mergeSort(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                Object key = k[i];
                Object val = v == null ? null : v[i];
                // Binary search for the insertion point after equal elements (stability).
                int l = lo;
                int r = i;
                while (l < r) {
                    int m = (l + r) >>> 1;
                    if (less(key, k[m])) {
                        r = m;
                    } else {
                        l = m + 1;
                    }
                }
                if (l < i) {
                    System.arraycopy(k, l, k, l + 1, i - l);
                    k[l] = key;
                    if (v != null) {
                        System.arraycopy(v, l, v, l + 1, i - l);
                        v[l] = val;
                    }
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(k, v, tk, tv, lo, mid);
        mergeSort(k, v, tk, tv, mid, hi);
        if (!less(k[mid], k[mid - 1])) {
            return;
        }
        System.arraycopy(k, lo, tk, lo, hi - lo);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (less(tk[j], tk[i])) {
                put(k, v, tk, tv, o++, j++);
            } else {
                put(k, v, tk, tv, o++, i++);
            }
        }
        while (i < mid) {
            put(k, v, tk, tv, o++, i++);
        }
        while (j < hi) {
            put(k, v, tk, tv, o++, j++);
        }
    }

    /** Copies key (and value, when sorting with keys) {@code from} of the scratch arrays to {@code to}. */
    private static void put(Object[] k, Object[] v, Object[] tk, Object[] tv, int to, int from) {
        k[to] = tk[from];
        if (v != null) {
            v[to] = tv[from];
        }
    }
}
