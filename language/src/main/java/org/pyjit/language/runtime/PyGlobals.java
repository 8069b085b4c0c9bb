package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The global variables of one module: one {@link PyGlobalCell} per name, created on first use. */
public final class PyGlobals {
    private final String moduleName;
    private final Map<String, PyGlobalCell> cells = new LinkedHashMap<>();

    public PyGlobals(String moduleName) {
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    @TruffleBoundary
    public PyGlobalCell getCell(String name) {
        return cells.computeIfAbsent(name, PyGlobalCell::new);
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

    /** Names that are currently bound, in order of first definition. */
    @TruffleBoundary
    public List<String> boundNames() {
        List<String> result = new ArrayList<>();
        for (PyGlobalCell c : cells.values()) {
            if (c.get() != null) {
                result.add(c.getName());
            }
        }
        return result;
    }
}
