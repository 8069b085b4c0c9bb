package org.pyjit.language.jit;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyTuple;

/**
 * Tuple trees ({@link ValueType#TREE}: None, ints and tuples of them) crossing between tier 1 and a function region for one call:
 * a tree tier 1 passes is copied into the arena of temporaries (children before parents, as native
 * code makes them), and a tree the region returns becomes tier 1's tuples. A record copied in
 * becomes again the very tuple it came from, so a function returning (part of) its argument returns
 * those objects, as CPython does; a record reached twice becomes one tuple, and {@code ()} is
 * CPython's one empty tuple. The walks keep their own stacks: a tree may be deeper than Java's.
 */
final class NativeTrees {
    private final PyJit jit;
    /** The tuples copied in for this call, by the address of their record. */
    private final Map<Long, PyTuple> copiedIn = new HashMap<>();
    private long wordsIn;

    NativeTrees(PyJit jit) {
        this.jit = jit;
    }

    /** Whether {@code v} is None or a tuple of None, ints and tuples (its items' items are checked when it is copied in). */
    static boolean isTree(Object v) {
        if (v == PyNone.NONE) {
            return true;
        }
        if (!(v instanceof PyTuple t)) {
            return false;
        }
        for (Object item : t.getArray()) {
            if (item != PyNone.NONE && !(item instanceof PyTuple) && !isWordInt(item)) {
                return false;
            }
        }
        return true;
    }

    /** An int a tree's word holds: 63 bits (2n + 1); not a bool, which would come back as an int. */
    private static boolean isWordInt(Object v) {
        return v instanceof Long n && n == (n << 1) >> 1;
    }

    /** Forgets the tuples copied in (a call that starts over copies its arguments again). */
    void clear() {
        copiedIn.clear();
        wordsIn = 0;
    }

    /** Words of the arena the arguments took. */
    long wordsIn() {
        return wordsIn;
    }

    /** The record of {@code tree} in the arena (0 for None), or -1 when it holds something else than None and tuples, or the arena is full. */
    long copyIn(Object tree) {
        if (tree == PyNone.NONE) {
            return 0;
        }
        if (!(tree instanceof PyTuple root)) {
            return -1;
        }
        Map<PyTuple, Long> records = new IdentityHashMap<>();
        for (Map.Entry<Long, PyTuple> copied : copiedIn.entrySet()) {
            records.put(copied.getValue(), copied.getKey());
        }
        PyTuple[] stack = new PyTuple[16];
        int depth = 0;
        stack[depth++] = root;
        while (depth > 0) {
            PyTuple t = stack[depth - 1];
            if (records.containsKey(t)) {
                depth--;
                continue;
            }
            boolean ready = true;
            for (Object item : t.getArray()) {
                if (item instanceof PyTuple child) {
                    if (!records.containsKey(child)) {
                        if (depth == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, 2 * depth);
                        }
                        stack[depth++] = child;
                        ready = false;
                    }
                } else if (item != PyNone.NONE && !isWordInt(item)) {
                    return -1;
                }
            }
            if (ready) {
                depth--;
                Object[] items = t.getArray();
                long record = jit.allocateTemporary(items.length + 1);
                if (record == 0) {
                    return -1;
                }
                jit.writeWord(record, items.length);
                for (int k = 0; k < items.length; k++) {
                    Object item = items[k];
                    jit.writeWord(record + 8L * (k + 1), item == PyNone.NONE ? 0 : item instanceof Long n ? 2 * n + 1 : records.get(item));
                }
                records.put(t, record);
                copiedIn.put(record, t);
                wordsIn += items.length + 1;
            }
        }
        return records.get(root);
    }

    /** Tier 1's value of the tree word {@code address}: None (0), an int (odd) or the tuple whose record is there. */
    Object copyOut(long address) {
        if (address == 0 || (address & 1) != 0) {
            return word(address, null, 0, 0);
        }
        long start = jit.temporariesStart();
        long top = jit.temporariesTop();
        Object[] made = new Object[(int) ((top - start) >>> 3)];
        for (Map.Entry<Long, PyTuple> copied : copiedIn.entrySet()) {
            made[(int) ((copied.getKey() - start) >>> 3)] = copied.getValue();
        }
        long[] stack = new long[16];
        int depth = 0;
        stack[depth++] = address;
        while (depth > 0) {
            long record = stack[depth - 1];
            int at = wordIndex(record, start, top);
            if (made[at] != null) {
                depth--;
                continue;
            }
            int n = (int) jit.readWord(record);
            boolean ready = true;
            for (int k = 0; k < n; k++) {
                long child = jit.readWord(record + 8L * (k + 1));
                if (child != 0 && (child & 1) == 0 && made[wordIndex(child, start, top)] == null) {
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, 2 * depth);
                    }
                    stack[depth++] = child;
                    ready = false;
                }
            }
            if (ready) {
                depth--;
                Object[] items = new Object[n];
                for (int k = 0; k < n; k++) {
                    items[k] = word(jit.readWord(record + 8L * (k + 1)), made, start, top);
                }
                made[at] = n == 0 ? PyTuple.EMPTY : new PyTuple(items);
            }
        }
        return made[wordIndex(address, start, top)];
    }

    private static Object word(long word, Object[] made, long start, long top) {
        if (word == 0) {
            return PyNone.NONE;
        }
        return (word & 1) != 0 ? (Object) (word >> 1) : made[wordIndex(word, start, top)];
    }

    private static int wordIndex(long record, long start, long top) {
        if (record < start || record >= top || (record & 7) != 0) {
            throw new IllegalStateException("a tuple outside the arena of temporaries: " + Long.toHexString(record));
        }
        return (int) ((record - start) >>> 3);
    }
}
