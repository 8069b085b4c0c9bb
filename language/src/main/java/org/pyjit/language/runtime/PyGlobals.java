package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The global variables of one module: one {@link PyGlobalCell} per name, created on first use.
 *
 * {@code globals()} shows them as a dict, made on first request and kept in step from then on in
 * both directions: a variable's write stores into the dict ({@link #mirror}), and the dict's
 * writes bind and unbind the variables ({@link #storedByDict}). Until then the variables cost no
 * dict update; they only note when they were defined, for the dict's order.
 */
public final class PyGlobals {
    private final String moduleName;
    private final Map<String, PyGlobalCell> cells = new LinkedHashMap<>();
    /** What globals() returns, or null while nobody asked for it. */
    private PyDict dict;
    private long definitions;

    public PyGlobals(String moduleName) {
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    @TruffleBoundary
    public PyGlobalCell getCell(String name) {
        return cells.computeIfAbsent(name, n -> new PyGlobalCell(this, n));
    }

    @TruffleBoundary
    public Object get(String name) {
        PyGlobalCell cell = cells.get(name);
        return cell == null ? null : cell.get();
    }

    @TruffleBoundary
    public void put(String name, Object value) {
        getCell(name).set(value);
    }

    long nextOrder() {
        return ++definitions;
    }

    PyDict getDictIfMade() {
        return dict;
    }

    /** The bound variables' cells, in order of definition (cells are made in the order names are first translated). */
    private List<PyGlobalCell> boundCells() {
        List<PyGlobalCell> result = new ArrayList<>();
        for (PyGlobalCell c : cells.values()) {
            if (c.get() != null) {
                result.add(c);
            }
        }
        result.sort(Comparator.comparingLong(PyGlobalCell::getOrder));
        return result;
    }

    /** Names that are currently bound, in order of definition. */
    @TruffleBoundary
    public List<String> boundNames() {
        List<String> result = new ArrayList<>();
        for (PyGlobalCell c : boundCells()) {
            result.add(c.getName());
        }
        return result;
    }

    /** The namespace as a live dict: {@code globals()}, and {@code locals()} at module level. */
    @TruffleBoundary
    public PyDict asDict() {
        if (dict == null) {
            PyDict d = new PyDict();
            for (PyGlobalCell c : boundCells()) {
                d.put(c.getName(), c.get());
            }
            d.setGlobalsOf(this);
            dict = d;
        }
        return dict;
    }

    /** A variable's write, into the dict of {@link #asDict}. */
    @TruffleBoundary
    static void mirror(PyDict dict, String name, Object value) {
        if (value == null) {
            dict.discard(name);
        } else {
            dict.store(name, value);
        }
    }

    /** The dict of {@link #asDict} stored value (null: deleted) under a str key: the variable of that name follows. */
    void storedByDict(String name, Object value) {
        getCell(name).setFromDict(value);
    }
}
