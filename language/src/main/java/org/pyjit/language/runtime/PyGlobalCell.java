package org.pyjit.language.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

/**
 * One module-level variable. Reads in compiled code treat the value as a constant while
 * {@link #getUnchangedAssumption()} holds; a variable that keeps changing stops getting new
 * assumptions so that its readers do not deoptimize forever.
 */
public final class PyGlobalCell {
    private static final int MAX_INVALIDATIONS = 4;

    private final PyGlobals owner;
    private final String name;
    private Object value;
    /** When the variable was last bound after being unbound: orders globals() as CPython's dict, by definition. */
    private long order;
    @CompilationFinal private Assumption unchanged;
    private int invalidations;

    PyGlobalCell(PyGlobals owner, String name) {
        this.owner = owner;
        this.name = name;
        this.unchanged = Truffle.getRuntime().createAssumption(name);
    }

    public String getName() {
        return name;
    }

    /** The value, or null when the variable is unbound. */
    public Object get() {
        return value;
    }

    public void set(Object newValue) {
        Object old = value;
        value = newValue;
        if (old != newValue) {
            invalidate();
            if (old == null) {
                order = owner.nextOrder();
            }
            PyDict dict = owner.getDictIfMade();
            if (dict != null) {
                PyGlobals.mirror(dict, name, newValue);
            }
        }
    }

    /** A write through the globals() dict, which holds the new value already. */
    void setFromDict(Object newValue) {
        Object old = value;
        value = newValue;
        if (old != newValue) {
            invalidate();
        }
    }

    long getOrder() {
        return order;
    }

    private void invalidate() {
        Assumption a = unchanged;
        if (a != null) {
            a.invalidate();
            invalidations++;
            unchanged = invalidations < MAX_INVALIDATIONS ? Truffle.getRuntime().createAssumption(name) : null;
        }
    }

    /** Null once the variable has proven to be mutable. */
    public Assumption getUnchangedAssumption() {
        return unchanged;
    }
}
