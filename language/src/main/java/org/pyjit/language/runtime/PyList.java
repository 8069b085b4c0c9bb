package org.pyjit.language.runtime;

import java.util.Arrays;

/** A Python list: a growable Object[] plus a size. */
public final class PyList extends PyObject {
    private static final Object[] EMPTY = new Object[0];

    private Object[] items;
    private int size;

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

    /** No bounds check against the size beyond Java's: callers normalize and check the index. */
    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    private void grow(int min) {
        int n = Math.max(min, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, n);
    }

    public void ensureCapacity(int n) {
        if (n > items.length) {
            grow(n);
        }
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array (may be longer than size); for fast readers that respect {@link #size()}. */
    public Object[] getStorage() {
        return items;
    }

    public void setContents(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public void insert(int index, Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    public Object removeAt(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public void clear() {
        items = EMPTY;
        size = 0;
    }

    public void addAll(Object[] src, int n) {
        ensureCapacity(size + n);
        System.arraycopy(src, 0, items, size, n);
        size += n;
    }
}
