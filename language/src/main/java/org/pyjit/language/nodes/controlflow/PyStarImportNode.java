package org.pyjit.language.nodes.controlflow;

import java.util.ArrayList;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.builtins.PyModules;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyGlobals;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyOps;

/**
 * {@code from m import *} at module level: every public name of the module (its {@code __all__},
 * else those not starting with an underscore) becomes a global, as in CPython.
 */
public final class PyStarImportNode extends PyStatementNode {
    /** Null for {@code from . import *}. */
    private final String module;
    /** The number of leading dots of a relative import, else 0. */
    private final int level;
    private final PyGlobals globals;

    public PyStarImportNode(String module, int level, PyGlobals globals) {
        this.module = module;
        this.level = level;
        this.globals = globals;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        importAll(module, level, globals);
    }

    @TruffleBoundary
    private static void importAll(String name, int level, PyGlobals globals) {
        Object m = PyModules.importModule(name, level);
        if (!(m instanceof PyModule module)) {
            throw PyErrors.typeError("from-import-* object has no __dict__ and no __all__");
        }
        Object all = module.getAttribute("__all__");
        if (all != null) {
            for (Object n : PyOps.toArray(all)) {
                if (!(n instanceof String s)) {
                    throw PyErrors.typeError("Item in " + name + ".__all__ must be str, not " + PyOps.typeName(n));
                }
                globals.put(s, PyOps.getAttr(m, s));
            }
            return;
        }
        for (Map.Entry<String, Object> e : new ArrayList<>(module.getDict().entrySet())) {
            if (!e.getKey().startsWith("_")) {
                globals.put(e.getKey(), e.getValue());
            }
        }
    }
}
