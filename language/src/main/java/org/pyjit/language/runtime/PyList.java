package org.pyjit.language.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.pyjit.language.PyLanguage;

/**
 * A Python list: a growable Object[] plus a size. A list displayed with floats only ({@link #of})
 * keeps them unboxed in a double[] until another value or a change of size comes, and so does a
 * list repeated from floats ({@link #repeated}) or an empty one a float is appended to; a list
 * repeated from bools ({@code [True] * n}) keeps them in a boolean[], a quarter of an Object[]'s
 * memory for the sieves it is made for.
 *
 * <p>
 * Tier 2 may <em>pin</em> a list whose items are all ints, all floats or all bools: the items then
 * live off-heap where native code reads and writes them in place, ints and floats as 64-bit slots
 * (floats as their IEEE bits), bools as one byte each (0/1: a sieve's 10**7 flags take 10 MB, not
 * 80), and {@code items} is null. Reading and replacing items keeps a list
 * pinned; any other change (or a value of another type) unpins it back into an Object[].
 */
public final class PyList extends PyObject {
    private static final Object[] EMPTY = new Object[0];
    private static final sun.misc.Unsafe UNSAFE = unsafe();

    private Object[] items;
    /**
     * The items of a list of floats kept unboxed (then {@code items} is null), until another value or
     * a change other than appending comes. Never a NaN: a NaN finds itself in a container by
     * identity, and its hash is its identity, so NaNs stay boxed.
     */
    private double[] doubles;
    /** The items of a list of bools kept unboxed (then {@code items} is null), like {@link #doubles}. */
    private boolean[] bools;
    private int size;
    private MemorySegment pinned;
    /** The address of {@code pinned}, read and written directly so that compiled code needs no call. */
    private long pinnedAddress;
    private PyUnboxed pinnedKind;
    /** How many items {@code pinned} has room for (a loop that appends natively gets more than size). */
    private int pinnedCapacity;

    public PyList() {
        super(EMPTY_SHAPE);
        this.items = EMPTY;
    }

    /** Takes ownership of {@code items}. */
    public PyList(Object[] items) {
        super(EMPTY_SHAPE);
        this.items = items;
        this.size = items.length;
    }

    /** Takes ownership of the first {@code size} entries of {@code items}. */
    public PyList(Object[] items, int size) {
        super(EMPTY_SHAPE);
        this.items = items;
        this.size = size;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.LIST;
    }

    public int size() {
        return size;
    }

    /**
     * A list of {@code values}, owning the array; floats only are kept unboxed, so that compiled
     * code reads and writes them without boxes (lists displays: {@code [x, y, 0.5]}).
     */
    public static PyList of(Object[] values) {
        if (values.length == 0) {
            return new PyList(values);
        }
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!isUnboxedFloat(values[i])) {
                return new PyList(values);
            }
            d[i] = (Double) values[i];
        }
        return ofFloats(d);
    }

    /** Whether {@code floats} holds a NaN, which a list keeps as an object (see {@link #doubles}). */
    public static boolean holdsNaN(double[] floats) {
        for (double x : floats) {
            if (x != x) {
                return true;
            }
        }
        return false;
    }

    /** A list of floats kept unboxed, owning {@code floats}, which holds no NaN (see {@link #doubles}). */
    public static PyList ofFloats(double[] floats) {
        if (floats.length == 0) {
            return new PyList();
        }
        PyList list = new PyList(null, floats.length);
        list.doubles = floats;
        return list;
    }

    /**
     * {@code src[0:len]} repeated {@code n} times ({@code [x] * n}): floats only (no NaN) unboxed in
     * a double[], bools only in a boolean[], anything else in an Object[].
     */
    @TruffleBoundary
    public static PyList repeated(Object[] src, int len, int n) {
        int total = len * n;
        if (total == 0) {
            return new PyList();
        }
        boolean allBools = true;
        boolean allFloats = true;
        for (int i = 0; i < len; i++) {
            allBools &= src[i] instanceof Boolean;
            allFloats &= isUnboxedFloat(src[i]);
        }
        PyList list = new PyList(null, total);
        if (allBools) {
            list.bools = new boolean[total];
        } else if (allFloats) {
            list.doubles = new double[total];
        } else {
            list.items = new Object[total];
        }
        for (int i = 0; i < len; i++) {
            list.set(i, src[i]);
        }
        Object array = allBools ? list.bools : allFloats ? list.doubles : list.items;
        // Doubling copies: log2(n) calls where one per repetition would cost n for [x] * 10**7.
        for (int filled = len; filled < total; filled *= 2) {
            System.arraycopy(array, 0, array, filled, Math.min(filled, total - filled));
        }
        return list;
    }

    /** No bounds check against the size beyond Java's: callers normalize and check the index. */
    public Object get(int i) {
        Object[] a = items;
        if (a != null) {
            return a[i];
        }
        double[] d = doubles;
        if (d != null) {
            return d[i];
        }
        boolean[] b = bools;
        if (b != null) {
            return b[i];
        }
        return getPinned(i);
    }

    public void set(int i, Object v) {
        if (items != null) {
            items[i] = v;
        } else if (doubles != null && isUnboxedFloat(v)) {
            doubles[i] = (Double) v;
        } else if (bools != null && v instanceof Boolean x) {
            bools[i] = x;
        } else if (pinnedKind != null && PyUnboxed.of(v) == pinnedKind) {
            setPinnedBits(i, pinnedKind.toBits(v));
        } else {
            setBoxed(i, v);
        }
    }

    /** Sets an item of another type than the unboxed ones: the list holds objects from then on. */
    @TruffleBoundary
    private void setBoxed(int i, Object v) {
        items()[i] = v;
    }

    /** The items of a list that holds them as objects, or null (callers respect {@link #size()}). */
    public Object[] objectItems() {
        return items;
    }

    /**
     * The forms a list keeps its items in ({@link #form}), one bit each, so that a node can remember
     * the forms it has seen and compile a check of each of those only.
     */
    public static final int OBJECTS = 1;
    public static final int FLOATS = 2;
    public static final int BOOLS = 4;
    public static final int PINNED_INTS = 8;
    public static final int PINNED_FLOATS = 16;
    public static final int PINNED_BOOLS = 32;
    public static final int PINNED = PINNED_INTS | PINNED_FLOATS | PINNED_BOOLS;

    /** The form the items are kept in now: one of {@link #OBJECTS} to {@link #PINNED_BOOLS}. */
    public int form() {
        if (items != null) {
            return OBJECTS;
        } else if (doubles != null) {
            return FLOATS;
        } else if (bools != null) {
            return BOOLS;
        }
        return pinnedKind == PyUnboxed.INT ? PINNED_INTS : pinnedKind == PyUnboxed.FLOAT ? PINNED_FLOATS : PINNED_BOOLS;
    }

    /** The unboxed items of a list of floats, or null (callers respect {@link #size()}). */
    public double[] doubleItems() {
        return doubles;
    }

    /** The unboxed items of a list of bools, or null (callers respect {@link #size()}). */
    public boolean[] boolItems() {
        return bools;
    }

    /** The kind of a pinned list's items, or null while they are objects. */
    public PyUnboxed pinnedKind() {
        return pinnedKind;
    }

    /** The slot bits of item {@code i} of a pinned list (callers check the index). */
    public long pinnedBits(int i) {
        if (pinnedKind == PyUnboxed.BOOL) {
            return UNSAFE.getByte(pinnedAddress + i);
        }
        return UNSAFE.getLong(pinnedAddress + 8L * i);
    }

    /** Replaces item {@code i} of a pinned list by slot bits of its kind (callers check the index). */
    public void setPinnedBits(int i, long bits) {
        if (pinnedKind == PyUnboxed.BOOL) {
            UNSAFE.putByte(pinnedAddress + i, (byte) bits);
        } else {
            UNSAFE.putLong(pinnedAddress + 8L * i, bits);
        }
    }

    /**
     * Pins the list as {@code kind} (see the class comment) and returns the address of its items, or
     * 0 when an item is of another type. The memory is freed by the GC once the list is unpinned or
     * unreachable; callers keep the list reachable while they use the address.
     */
    @TruffleBoundary
    public long pin(PyUnboxed kind) {
        if (items == null && doubles == null && bools == null) {
            return pinnedKind == kind ? pinnedAddress : 0;
        }
        PyUnboxed held = bools != null ? PyUnboxed.BOOL : doubles != null ? PyUnboxed.FLOAT : null;
        if (held != null ? held != kind : !allItemsAre(kind)) {
            return 0;
        }
        MemorySegment segment = Arena.ofAuto().allocate(Math.max(1, size) * (long) kind.pinnedSize(), 8);
        long address = segment.address();
        // Plain stores: a segment's element accessors check bounds and liveness per item, which
        // showed in loops that pin a fresh row list on every entry (lcs: a fifth of the time).
        if (bools != null) {
            UNSAFE.copyMemory(bools, sun.misc.Unsafe.ARRAY_BOOLEAN_BASE_OFFSET, null, address, size);
        } else if (doubles != null) {
            UNSAFE.copyMemory(doubles, sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET, null, address, 8L * size);
        } else if (kind == PyUnboxed.BOOL) {
            for (int i = 0; i < size; i++) {
                UNSAFE.putByte(address + i, (byte) kind.toBits(items[i]));
            }
        } else {
            for (int i = 0; i < size; i++) {
                UNSAFE.putLong(address + 8L * i, kind.toBits(items[i]));
            }
        }
        items = null;
        doubles = null;
        bools = null;
        pinned = segment;
        pinnedAddress = segment.address();
        pinnedKind = kind;
        pinnedCapacity = Math.max(1, size);
        return pinnedAddress;
    }

    /**
     * Pins the list of ints or floats like {@link #pin} with room for at least {@code room} more
     * items, which native code appends in place before it sets the size ({@link #setPinnedSize}).
     */
    @TruffleBoundary
    public long pinWithRoom(PyUnboxed kind, int room) {
        if (kind == PyUnboxed.BOOL) {
            return 0;
        }
        long address = pin(kind);
        if (address == 0 || pinnedCapacity - size >= room) {
            return address;
        }
        int capacity = size + room;
        MemorySegment segment = Arena.ofAuto().allocate(capacity * 8L, 8);
        UNSAFE.copyMemory(pinnedAddress, segment.address(), size * 8L);
        pinned = segment;
        pinnedAddress = segment.address();
        pinnedCapacity = capacity;
        return pinnedAddress;
    }

    /** The most items of a pinned list that tier 1 moves back to the heap ({@link #unpinIfSmall}). */
    public static final int SMALL_PINNED = 64;
    /**
     * How often one site moves lists back to the heap before it learns their pinned form instead: a
     * region that pins a list on every entry and compiled code that reads it after each would leave
     * that code (a deoptimization) every time. nbody's busiest site does so 53 times in its warm-up.
     */
    public static final int UNPINS_PER_SITE = 100;
    /** Only with Graal (see {@link #unpinIfSmall}). */
    private static final boolean UNPIN_SMALL = PyLanguage.graalCompiles();

    /** Whether {@link #unpinIfSmall} moves lists at all (only with Graal). */
    public static boolean unpinsSmallLists() {
        return UNPIN_SMALL;
    }

    /**
     * Moves the items of a pinned list of at most {@link #SMALL_PINNED} back to the heap (floats and
     * bools unboxed, ints as objects); true if it did. Tier 1's item sites call it when they meet a
     * pinned list in a form they have not seen, so that Graal's code reads a list in one form, the
     * faster one: nbody's pair loop, whose lists regions of other functions pin on every call, took
     * 0.15-0.24 s per call reading floats in both forms and 0.09-0.10 s in the heap's alone. Moving a
     * few items costs less than the call into the region that pins them again. Without Graal, tier
     * 1 interprets either form at the same speed, and lists stay pinned: a loop that passed a small
     * list to a native function and read it between calls took 2.5 times as long when every call
     * pinned it again.
     */
    @TruffleBoundary
    public boolean unpinIfSmall() {
        return unpinIfAtMost(SMALL_PINNED);
    }

    /** {@link #unpinIfSmall} for lists of at most {@code maxSize} items. */
    @TruffleBoundary
    public boolean unpinIfAtMost(int maxSize) {
        if (!UNPIN_SMALL || pinnedKind == null || size > maxSize) {
            return false;
        }
        unpin();
        return true;
    }

    /**
     * Moves a pinned list's items back to the heap: floats and bools unboxed (floats as objects when
     * native code stored a NaN, which stays one object: boxedNaN), ints as objects.
     */
    @TruffleBoundary
    private void unpin() {
        if (pinnedKind == PyUnboxed.FLOAT) {
            double[] d = new double[size];
            UNSAFE.copyMemory(null, pinnedAddress, d, sun.misc.Unsafe.ARRAY_DOUBLE_BASE_OFFSET, 8L * size);
            if (holdsNaN(d)) {
                items();
                return;
            }
            doubles = d;
        } else if (pinnedKind == PyUnboxed.BOOL) {
            bools = new boolean[size];
            UNSAFE.copyMemory(null, pinnedAddress, bools, sun.misc.Unsafe.ARRAY_BOOLEAN_BASE_OFFSET, size);
        } else {
            items();
            return;
        }
        // Pinned, the list had no heap storage (pin); now it has no pinned one.
        pinned = null;
        pinnedAddress = 0;
        pinnedKind = null;
    }

    /** The room of a pinned list's storage, in items. */
    public int pinnedCapacity() {
        return pinnedCapacity;
    }

    /** The size after native code appended to the pinned list (up to its capacity). */
    public void setPinnedSize(int n) {
        if (pinnedKind == null || n < 0 || n > pinnedCapacity) {
            throw new IllegalStateException("not a pinned list with room for " + n + " items");
        }
        size = n;
    }

    private boolean allItemsAre(PyUnboxed kind) {
        for (int i = 0; i < size; i++) {
            if (PyUnboxed.of(items[i]) != kind) {
                return false;
            }
        }
        return true;
    }

    /** A float a double[] may hold: not a NaN, which finds itself in a container by identity. */
    public static boolean isUnboxedFloat(Object v) {
        return v instanceof Double x && !Double.isNaN(x);
    }

    private static int grownLength(int length) {
        return length + (length >> 1) + 4;
    }

    private Object getPinned(int i) {
        long bits = pinnedBits(i);
        if (pinnedKind == PyUnboxed.FLOAT && Double.isNaN(Double.longBitsToDouble(bits))) {
            return boxedNaN(i);
        }
        return pinnedKind.box(bits);
    }

    /**
     * A NaN native code stored into a pinned list of floats (computed there: a NaN object from
     * outside never gets pinned): the list holds objects from then on, so that this NaN is one
     * object, read back as itself and found in the list by identity.
     */
    @TruffleBoundary
    private Object boxedNaN(int i) {
        return items()[i];
    }

    /** The items as an Object[] again, for every change other than replacing an item. */
    private Object[] items() {
        if (items == null) {
            setContents(boxedItems(), size);
        }
        return items;
    }

    /** A new array of the items of a list that keeps them unboxed. */
    @TruffleBoundary
    private Object[] boxedItems() {
        Object[] boxed = new Object[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = doubles != null ? doubles[i] : bools != null ? bools[i] : pinnedKind.box(pinnedBits(i));
        }
        return boxed;
    }

    public void append(Object v) {
        if (pinnedKind != null && PyUnboxed.of(v) == pinnedKind && pinnedKind != PyUnboxed.INT) {
            // A list a region pinned (say, a vector it appended to) that tier 1 appends to next stays
            // unboxed, as it was before: as objects, its floats would be boxes in every reader, and
            // Graal's code would learn a third form of them.
            unpin();
        }
        if (size == 0 && items != null && isUnboxedFloat(v)) {
            // An empty list that gets a float keeps floats unboxed, as a display of floats does:
            // numeric code builds its vectors with out.append(x).
            items = null;
            doubles = new double[4];
        }
        if (doubles != null && isUnboxedFloat(v)) {
            if (size == doubles.length) {
                doubles = Arrays.copyOf(doubles, grownLength(size));
            }
            doubles[size++] = (Double) v;
            return;
        }
        if (bools != null && v instanceof Boolean x) {
            if (size == bools.length) {
                bools = Arrays.copyOf(bools, grownLength(size));
            }
            bools[size++] = x;
            return;
        }
        if (size == items().length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    /**
     * {@link #append} for compiled callers: into a list of objects, grown here when full, without a
     * call into host code (where Graal's configuration leaves such code to C1); any other case
     * through append.
     */
    public void appendInline(Object v) {
        Object[] a = items;
        int n = size;
        // A first item that is a float goes through append, which keeps a list of floats unboxed.
        if (a != null && (n > 0 || !isUnboxedFloat(v))) {
            if (a == EMPTY) {
                // A new list's first item (pieces = [] then pieces.append(...) per word): its room made here too.
                a = new Object[grownLength(0)];
                items = a;
            }
            if (n == a.length) {
                // Grown here too: make_text's lines of eleven words outgrow their room twice each.
                grow(n + 1);
                a = items;
            }
            a[n] = v;
            size = n + 1;
            return;
        }
        appendBehindBoundary(v);
    }

    @TruffleBoundary
    private void appendBehindBoundary(Object v) {
        append(v);
    }

    /** Without Arrays.copyOf, whose reflective array creation compiled callers (appendInline) should not reach. */
    private void grow(int min) {
        Object[] current = items();
        Object[] grown = new Object[Math.max(min, grownLength(current.length))];
        System.arraycopy(current, 0, grown, 0, size);
        items = grown;
    }

    public void ensureCapacity(int n) {
        if (n > items().length) {
            grow(n);
        }
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        if (items != null) {
            return Arrays.copyOf(items, size);
        }
        return boxedItems();
    }

    /** The backing array (may be longer than size), for fast writers that respect {@link #size()}. */
    public Object[] getStorage() {
        return items();
    }

    /**
     * The items for fast readers that respect {@link #size()} and change nothing: the backing array,
     * or a copy of a pinned list's items (which stays pinned for the native code that uses it).
     */
    public Object[] readItems() {
        if (items != null) {
            return items;
        }
        return boxedItems();
    }

    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.doubles = null;
        this.bools = null;
        this.size = newSize;
        this.pinned = null;
        this.pinnedAddress = 0;
        this.pinnedKind = null;
    }

    public void insert(int index, Object v) {
        if (size == items().length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object removeAt(int index) {
        Object[] items = items();
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        setContents(EMPTY, 0);
    }

    public void addAll(Object[] src, int n) {
        ensureCapacity(size + n);
        System.arraycopy(src, 0, items, size, n);
        size += n;
    }

    private static sun.misc.Unsafe unsafe() {
        try {
            java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (sun.misc.Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
