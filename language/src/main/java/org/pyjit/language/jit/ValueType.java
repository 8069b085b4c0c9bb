package org.pyjit.language.jit;

import java.util.List;

import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * What a tier-2 value is: an int, float or bool in one slot, or a list of them in two (the address
 * of its items and its length). Function regions are compiled per combination of argument types.
 * Two kinds are only ever return types: {@link #NONE}, what a function that returns None gives,
 * which no native code reads, and a tuple of numbers ({@link #tuple}), one slot per item. A
 * {@link #TREE} is None, an int or a tuple of such values in the arena of temporaries, in one
 * slot: 0, 2n + 1 or the tuple's address; tier 1's tuples are copied in and out where a function
 * region is entered from tier 1 ({@link NativeTrees}).
 */
record ValueType(PyUnboxed kind, boolean list, List<PyUnboxed> items, boolean tree) {
    static final ValueType INT = new ValueType(PyUnboxed.INT, false);
    static final ValueType NONE = new ValueType(null, false);
    static final ValueType TREE = new ValueType(null, false, null, true);

    ValueType(PyUnboxed kind, boolean list) {
        this(kind, list, null, false);
    }

    static ValueType tuple(List<PyUnboxed> items) {
        return new ValueType(null, false, List.copyOf(items), false);
    }

    boolean isTuple() {
        return items != null;
    }

    /** The type of {@code value} when tier 2 can hold it (a list by the type of its first item), else null. */
    static ValueType of(Object value) {
        if (value instanceof PyList l) {
            PyUnboxed items = l.size() == 0 ? null : PyUnboxed.of(l.get(0));
            return items == null ? null : new ValueType(items, true);
        }
        PyUnboxed k = PyUnboxed.of(value);
        return k == null ? null : new ValueType(k, false);
    }

    int slots() {
        return list ? 2 : 1;
    }

    /** The slots values of {@code types} take one after the other. */
    static int slots(List<ValueType> types) {
        int n = 0;
        for (ValueType t : types) {
            n += t.slots();
        }
        return n;
    }

    // Written out: a record's own equals and hashCode are linked through invokedynamic at their first
    // call, milliseconds of a cold JVM's first region compile.
    @Override
    public boolean equals(Object o) {
        return o instanceof ValueType t && t.kind == kind && t.list == list && t.tree == tree && (items == null ? t.items == null : items.equals(t.items));
    }

    @Override
    public int hashCode() {
        return items != null ? items.hashCode() : tree ? -2 : kind == null ? -1 : kind.ordinal() * 2 + (list ? 1 : 0);
    }

    @Override
    public String toString() {
        if (tree) {
            return "tuple tree";
        }
        if (items != null) {
            StringBuilder b = new StringBuilder("tuple[");
            for (PyUnboxed k : items) {
                b.append(b.length() > 6 ? ", " : "").append(k.name().toLowerCase());
            }
            return b.append(']').toString();
        }
        if (kind == null) {
            return "None";
        }
        String name = kind.name().toLowerCase();
        return list ? "list[" + name + "]" : name;
    }
}
