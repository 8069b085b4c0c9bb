package org.pyjit.language.runtime;

/** A Python tuple over an Object[] it never changes (subclassed only by the runtime's named tuples, {@link PyStructSeq}). */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    public PyTuple(Object[] items) {
        super(EMPTY_SHAPE);
        this.items = items;
    }

    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.TUPLE;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    /** The backing array: callers must not modify it. */
    public Object[] getArray() {
        return items;
    }
}
