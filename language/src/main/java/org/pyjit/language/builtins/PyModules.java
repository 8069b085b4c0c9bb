package org.pyjit.language.builtins;

import java.util.HashMap;

import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyModule;

/** The builtin modules, created on first import and then shared (one per context is not needed: they hold no program state). */
public final class PyModules {
    private static final HashMap<String, PyModule> LOADED = new HashMap<>();

    private PyModules() {
    }

    public static Object importModule(String name) {
        PyModule m = LOADED.get(name);
        if (m != null) {
            return m;
        }
        m = switch (name) {
            case "math" -> PyMathModule.create();
            case "time" -> PyTimeModule.create();
            case "sys" -> PySysModule.create();
            default -> throw PyErrors.moduleNotFound(name);
        };
        LOADED.put(name, m);
        return m;
    }
}
