package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.builtins.PyModules;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/** {@code import m [as n]} (names == null) or {@code from [dots]m import a [as b], ...}. */
public final class PyImportNode extends PyStatementNode {
    /** Null for {@code from . import a}. */
    private final String module;
    /** The number of leading dots of a relative import, else 0. */
    private final int level;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @Children private final PyTargetNode[] targets;

    public PyImportNode(String module, String[] names, PyTargetNode[] targets) {
        this(module, 0, names, targets);
    }

    public PyImportNode(String module, int level, String[] names, PyTargetNode[] targets) {
        this.module = module;
        this.level = level;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object m = importModule(module, level);
        if (names == null) {
            targets[0].executeWrite(frame, m);
            return;
        }
        for (int i = 0; i < names.length; i++) {
            targets[i].executeWrite(frame, importFrom(m, module, names[i]));
        }
    }

    @TruffleBoundary
    private static Object importModule(String name, int level) {
        return PyModules.importModule(name, level);
    }

    @TruffleBoundary
    private static Object importFrom(Object m, String module, String name) {
        Object v = PyOps.getAttrOrNull(m, name);
        if (v == null) {
            String where = m instanceof PyModule ? " (unknown location)" : "";
            throw PyErrors.of(PyTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '" + module + "'" + where);
        }
        return v;
    }
}
