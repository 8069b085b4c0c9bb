package org.pyjit.language.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The builtin modules, created on first import in each context. Modules hold program state (sys.argv, attributes a program
 * assigns), so contexts must not share them; the table lives here keyed weakly by context so a closed context's modules go
 * away with it.
 */
public final class PyModules {
    private static final Map<PyContext, HashMap<String, PyModule>> LOADED = new WeakHashMap<>();

    private PyModules() {
    }

    /**
     * The module of {@code from <level dots><name> import ...}: a relative import (level > 0) always
     * fails, as in CPython for a program run as a script, which has no parent package.
     */
    @TruffleBoundary
    public static Object importModule(String name, int level) {
        if (level > 0) {
            throw PyErrors.of(PyTypes.IMPORT_ERROR, "attempted relative import with no known parent package");
        }
        return importModule(name);
    }

    @TruffleBoundary
    public static Object importModule(String name) {
        PyContext ctx = PyContext.get(null);
        HashMap<String, PyModule> loaded;
        synchronized (LOADED) {
            loaded = LOADED.computeIfAbsent(ctx, c -> new HashMap<>());
        }
        synchronized (loaded) {
            PyModule m = loaded.get(name);
            if (m != null) {
                return m;
            }
            m = switch (name) {
                case "math" -> PyMathModule.create();
                case "time" -> PyTimeModule.create();
                case "sys" -> PySysModule.create();
                case "polyglot" -> PyPolyglotModule.create();
                case "__future__" -> PyFutureModule.create();
                default -> throw PyErrors.moduleNotFound(name);
            };
            loaded.put(name, m);
            return m;
        }
    }
}
