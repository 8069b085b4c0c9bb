package org.pyjit.language.jit;

import java.util.Arrays;

import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyTuple;

/**
 * Tuple trees ({@link ValueType#TREE}: None, ints and tuples of them) crossing between tier 1 and a
 * function region for one call: a tree tier 1 passes is copied into the arena of temporaries
 * (children before parents, as native code makes them), and a tree the region returns becomes tier
 * 1's tuples. A record copied in becomes again the very tuple it came from, so a function returning
 * (part of) its argument returns those objects, as CPython does; a record reached twice becomes one
 * tuple, and {@code ()} is CPython's one empty tuple. A tuple tier 1 shares between parents is
 * copied once per parent (no hashing on the way in; each copy still becomes that one tuple again).
 * The walks keep their own stacks: a tree may be deeper than Java's.
 */
final class NativeTrees {
    private final PyJit jit;
    /** Whether the tuples copied in are remembered: only a call that returns a tree needs them back. */
    private final boolean remember;
    /** The records copied in for this call and the tuples they came from, in {@code copied} pairs. */
    private long[] copiedRecords = new long[0];
    private PyTuple[] copiedTuples = new PyTuple[0];
    private int copied;
    private long wordsIn;

    NativeTrees(PyJit jit, boolean remember) {
        this.jit = jit;
        this.remember = remember;
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
        copied = 0;
        wordsIn = 0;
    }

    /** Words of the arena the arguments took. */
    long wordsIn() {
        return wordsIn;
    }

    /**
     * The word of {@code tree} (0 for None; a tuple's record, made in the arena), or -1 when it holds
     * something else than None, ints and tuples, or does not fit the arena. A post-order walk: the
     * tuples whose items are being copied, with the next item's index, and the words made so far.
     */
    long copyIn(Object tree) {
        if (tree == PyNone.NONE) {
            return 0;
        }
        if (!(tree instanceof PyTuple root)) {
            return -1;
        }
        PyTuple[] tuples = new PyTuple[16];
        int[] next = new int[16];
        long[] words = new long[16];
        int depth = 0;
        int made = 0;
        tuples[depth++] = root;
        while (depth > 0) {
            PyTuple t = tuples[depth - 1];
            Object[] items = t.getArray();
            if (next[depth - 1] < items.length) {
                Object item = items[next[depth - 1]++];
                if (item instanceof PyTuple child) {
                    if (depth == tuples.length) {
                        tuples = Arrays.copyOf(tuples, 2 * depth);
                        next = Arrays.copyOf(next, 2 * depth);
                    }
                    tuples[depth] = child;
                    next[depth++] = 0;
                    continue;
                }
                if (item != PyNone.NONE && !isWordInt(item)) {
                    return -1;
                }
                words = push(words, made++, item == PyNone.NONE ? 0 : 2 * (Long) item + 1);
                continue;
            }
            depth--;
            long record = jit.allocateTemporary(items.length + 1);
            if (record == 0) {
                return -1;
            }
            jit.writeWord(record, items.length);
            made -= items.length;
            for (int k = 0; k < items.length; k++) {
                jit.writeWord(record + 8L * (k + 1), words[made + k]);
            }
            words = push(words, made++, record);
            wordsIn += items.length + 1;
            if (remember) {
                if (copied == copiedRecords.length) {
                    copiedRecords = Arrays.copyOf(copiedRecords, Math.max(16, 2 * copied));
                    copiedTuples = Arrays.copyOf(copiedTuples, copiedRecords.length);
                }
                copiedRecords[copied] = record;
                copiedTuples[copied++] = t;
            }
        }
        return words[0];
    }

    private static long[] push(long[] words, int at, long word) {
        long[] w = at == words.length ? Arrays.copyOf(words, 2 * at) : words;
        w[at] = word;
        return w;
    }

    /** Tier 1's value of the tree word {@code address}: None (0), an int (odd) or the tuple whose record is there. */
    Object copyOut(long address) {
        if (address == 0 || (address & 1) != 0) {
            return word(address, null, 0, 0);
        }
        long start = jit.temporariesStart();
        long top = jit.temporariesTop();
        Object[] made = new Object[(int) ((top - start) >>> 3)];
        for (int k = 0; k < copied; k++) {
            made[(int) ((copiedRecords[k] - start) >>> 3)] = copiedTuples[k];
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
                        stack = Arrays.copyOf(stack, 2 * depth);
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
