package org.pyjit.language.runtime;

/**
 * The storage of a variable shared between a function and the closures nested in it. A null value
 * means the variable is unbound (not yet assigned, or deleted).
 */
public final class PyCell {
    private Object value;

    public PyCell() {
    }

    public PyCell(Object value) {
        this.value = value;
    }

    public Object get() {
        return value;
    }

    public void set(Object value) {
        this.value = value;
    }
}
