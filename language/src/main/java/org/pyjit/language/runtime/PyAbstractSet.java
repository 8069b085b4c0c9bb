package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The table shared by set and frozenset. It follows CPython's set layout (open addressing, linear
 * probes then perturbation, same growth policy) so that iteration order, and therefore printed
 * output, matches CPython's for ints.
 */
public abstract class PyAbstractSet extends PyObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final Object DUMMY = new Object();

    private Object[] table;
    private long[] hashes;
    private int mask;
    private int fill;
    private int used;
    private int finger;
    private int modCount;

    protected PyAbstractSet() {
        super(EMPTY_SHAPE);
        table = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
    }

    public final int size() {
        return used;
    }

    public final int getModCount() {
        return modCount;
    }

    public final int tableSize() {
        return table.length;
    }

    /** The element at a table slot, or null for an empty or deleted slot. */
    public final Object slotAt(int i) {
        Object k = table[i];
        return k == DUMMY ? null : k;
    }

    @TruffleBoundary
    public final boolean contains(Object key) {
        return find(key, PyDict.hashOf(key)) >= 0;
    }

    private int find(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && PyDict.keyEquals(k, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds key; false when it was already present. */
    @TruffleBoundary
    public final boolean addElement(Object key) {
        long hash = PyDict.hashOf(key);
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) {
                    if (freeSlot >= 0) {
                        table[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        modCount++;
                        return true;
                    }
                    table[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    modCount++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    // CPython 3.11 reuses the last deleted slot on the probe path, not the first
                    // (found by comparing iteration orders with python3).
                    freeSlot = j;
                } else if (hashes[j] == hash && PyDict.keyEquals(k, key)) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldTable = table;
        long[] oldHashes = hashes;
        table = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldTable.length; i++) {
            Object k = oldTable[i];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[i]);
            }
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes key; false when absent. */
    @TruffleBoundary
    public final boolean discardElement(Object key) {
        int j = find(key, PyDict.hashOf(key));
        if (j < 0) {
            return false;
        }
        table[j] = DUMMY;
        used--;
        modCount++;
        return true;
    }

    /** Removes and returns an arbitrary element (CPython's order), or null when empty. */
    @TruffleBoundary
    public final Object popElement() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        Object k = table[i];
        table[i] = DUMMY;
        used--;
        modCount++;
        finger = i + 1;
        return k;
    }

    @TruffleBoundary
    public final void clearElements() {
        table = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        modCount++;
    }

    /** After removals: rebuilds the table when more than a quarter of it is deleted slots, as CPython's difference_update does. */
    @TruffleBoundary
    public final void purgeDeletedIfMany() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** Takes over the table of a set nobody else holds (CPython's set_swap_bodies, for intersection_update). */
    @TruffleBoundary
    public final void takeTableOf(PyAbstractSet other) {
        table = other.table;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        modCount++;
    }

    /** One resize up front for {@code incoming} new elements, as CPython does before merging a set or a dict. */
    @TruffleBoundary
    public final void reserveFor(int incoming) {
        if ((long) (fill + incoming) * 5 >= (long) mask * 3) {
            resize((used + incoming) * 2);
        }
    }

    /** Adds every element of another set in its table order, as CPython's set_merge does. */
    @TruffleBoundary
    public final void addAllFrom(PyAbstractSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        reserveFor(other.used);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.table, 0, table, 0, table.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            modCount++;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i < other.table.length; i++) {
                Object k = other.table[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                    fill++;
                    used++;
                }
            }
            modCount++;
            return;
        }
        for (int i = 0; i < other.table.length; i++) {
            Object k = other.table[i];
            if (k != null && k != DUMMY) {
                addElement(k);
            }
        }
    }

    /** The elements in table order. */
    public final Object[] toArray() {
        Object[] r = new Object[used];
        int n = 0;
        for (Object k : table) {
            if (k != null && k != DUMMY) {
                r[n++] = k;
            }
        }
        return r;
    }

    /** A new empty set of the same kind (set or frozenset). */
    public abstract PyAbstractSet newEmpty();
}
