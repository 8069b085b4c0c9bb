package org.pyjit.language.runtime;

import java.util.Iterator;
import java.util.NoSuchElementException;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python dict: a compact, insertion-ordered table (entries in arrays, an open-addressing index
 * over them). String and int keys are hashed and compared without allocation.
 */
public final class PyDict extends PyObject {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] index;
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** Entries used in the arrays, deleted ones included. */
    private int used;
    private int size;
    /** Bumped on every insertion or deletion: lets iterators detect a size change precisely. */
    private int modCount;
    /**
     * The module whose globals this dict shows ({@code globals()}), else null: its writes under str
     * keys bind and unbind that module's variables too.
     */
    private PyGlobals globalsOf;

    public PyDict() {
        super(EMPTY_SHAPE);
        init(8);
    }

    private void init(int indexSize) {
        index = new int[indexSize];
        java.util.Arrays.fill(index, EMPTY);
        int cap = indexSize * 2 / 3;
        keys = new Object[cap];
        values = new Object[cap];
        hashes = new long[cap];
        used = 0;
        size = 0;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.DICT;
    }

    public int size() {
        return size;
    }

    public int getModCount() {
        return modCount;
    }

    static long hashOf(Object key) {
        if (key instanceof String s) {
            return PyHash.hashString(s);
        } else if (key instanceof Long l) {
            return PyHash.hashLong(l);
        }
        return PyOps.hash(key);
    }

    static boolean keyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String sa) {
            return b instanceof String sb && sa.equals(sb);
        }
        if (a instanceof Long la && b instanceof Long lb) {
            return la.longValue() == lb.longValue();
        }
        return PyOps.eq(a, b);
    }

    /** The entry index of key, or -1. */
    @TruffleBoundary
    private int findEntry(Object key, long hash) {
        int slot = findSlot(key, hash);
        return slot < 0 ? -1 : index[slot];
    }

    /** The position in {@code index} that holds key's entry, or -1. */
    private int findSlot(Object key, long hash) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = index[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0 && hashes[ix] == hash && sameKey(keys[ix], key)) {
                return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /**
     * {@link #get} for compiled callers: a str or int key is hashed and probed without a call into
     * host code, where Graal's configuration leaves such code to C1; any other key goes to get.
     */
    public Object getInline(Object key) {
        if (!inlineKey(key)) {
            return get(key);
        }
        int slot = findSlot(key, hashOf(key));
        return slot < 0 ? null : values[index[slot]];
    }

    /**
     * {@link #put} for compiled callers: a new or existing str or int key of a dict that shows no
     * module's globals is stored without a call into host code, but for a resize.
     */
    public void putInline(Object key, Object value) {
        if (globalsOf != null || !inlineKey(key)) {
            put(key, value);
            return;
        }
        long hash = hashOf(key);
        int slot = findSlot(key, hash);
        if (slot >= 0) {
            values[index[slot]] = value;
            return;
        }
        insert(key, value, hash);
    }

    /** The keys the inline paths hash and compare themselves. */
    private static boolean inlineKey(Object key) {
        return key instanceof String || key instanceof Long;
    }

    /** {@link #keyEquals}, with str and int keys compared where compiled code can inline it. */
    private static boolean sameKey(Object entry, Object key) {
        if (entry == key) {
            return true;
        } else if (entry instanceof String a && key instanceof String b) {
            return a.equals(b);
        } else if (entry instanceof Long a && key instanceof Long b) {
            return a.longValue() == b.longValue();
        }
        // 1.0 or True against 1, an instance whose __eq__ decides: the entry's own comparison.
        return keyEqualsBehindBoundary(entry, key);
    }

    @TruffleBoundary
    private static boolean keyEqualsBehindBoundary(Object entry, Object key) {
        return keyEquals(entry, key);
    }

    @TruffleBoundary
    private void resizeBehindBoundary() {
        resize();
    }

    /** The value for key, or null when absent. */
    @TruffleBoundary
    public Object get(Object key) {
        int ix = findEntry(key, hashOf(key));
        return ix < 0 ? null : values[ix];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return findEntry(key, hashOf(key)) >= 0;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        store(key, value);
        if (globalsOf != null && key instanceof String name) {
            globalsOf.storedByDict(name, value);
        }
    }

    void setGlobalsOf(PyGlobals globals) {
        globalsOf = globals;
    }

    /** {@link #put} without telling the module's variables (the variable's own write calls this). */
    void store(Object key, Object value) {
        long hash = hashOf(key);
        int ix = findEntry(key, hash);
        if (ix >= 0) {
            values[ix] = value;
            return;
        }
        insert(key, value, hash);
    }

    /** Adds an entry for key, which the dict does not hold. */
    private void insert(Object key, Object value, long hash) {
        if (used == keys.length) {
            resizeBehindBoundary();
        }
        int ix = used++;
        keys[ix] = key;
        values[ix] = value;
        hashes[ix] = hash;
        insertIndex(hash, ix);
        size++;
        modCount++;
    }

    private void insertIndex(long hash, int ix) {
        int mask = index.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (index[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = ix;
    }

    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldUsed = used;
        int n = 8;
        while (n * 2 / 3 <= size * 2 + 1) {
            n <<= 1;
        }
        init(n);
        for (int j = 0; j < oldUsed; j++) {
            if (oldKeys[j] != null) {
                int ix = used++;
                keys[ix] = oldKeys[j];
                values[ix] = oldValues[j];
                hashes[ix] = oldHashes[j];
                insertIndex(oldHashes[j], ix);
                size++;
            }
        }
    }

    /** Removes key; false when it was absent. */
    @TruffleBoundary
    public boolean remove(Object key) {
        return removeAndGet(key) != null;
    }

    /** Removes key and returns its value, or null when it was absent. */
    @TruffleBoundary
    public Object removeAndGet(Object key) {
        Object v = discard(key);
        if (v != null && globalsOf != null && key instanceof String name) {
            globalsOf.storedByDict(name, null);
        }
        return v;
    }

    /** {@link #removeAndGet} without telling the module's variables. */
    Object discard(Object key) {
        int slot = findSlot(key, hashOf(key));
        if (slot < 0) {
            return null;
        }
        int ix = index[slot];
        Object v = values[ix];
        index[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        modCount++;
        return v;
    }

    @TruffleBoundary
    public void clear() {
        if (globalsOf != null) {
            for (Object k : keys()) {
                if (k instanceof String name) {
                    globalsOf.storedByDict(name, null);
                }
            }
        }
        init(8);
        modCount++;
    }

    /** Upper bound (exclusive) of entry positions, for iteration with {@link #keyAt}. */
    public int entryLimit() {
        return used;
    }

    /** The key at an entry position, null for a deleted entry. */
    public Object keyAt(int i) {
        return keys[i];
    }

    public Object valueAt(int i) {
        return values[i];
    }

    /** The last live entry position, or -1 (for popitem). */
    public int lastEntry() {
        for (int i = used - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    public PyDict copy() {
        PyDict d = new PyDict();
        for (int i = 0; i < used; i++) {
            if (keys[i] != null) {
                d.put(keys[i], values[i]);
            }
        }
        return d;
    }

    /** The keys in insertion order (a snapshot-free view: do not modify the dict while iterating). */
    public Iterable<Object> keys() {
        return () -> new Iterator<>() {
            int pos = advance(0);

            private int advance(int p) {
                while (p < used && keys[p] == null) {
                    p++;
                }
                return p;
            }

            @Override
            public boolean hasNext() {
                return pos < used;
            }

            @Override
            public Object next() {
                if (pos >= used) {
                    throw new NoSuchElementException();
                }
                Object k = keys[pos];
                pos = advance(pos + 1);
                return k;
            }
        };
    }
}
