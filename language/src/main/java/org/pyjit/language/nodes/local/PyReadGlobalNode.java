package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.builtins.PyBuiltins;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyGlobalCell;

/**
 * Reads a module global, falling back to the builtins. While the variable has not changed since
 * the node cached its value, compiled code uses the value as a constant.
 */
public final class PyReadGlobalNode extends PyExpressionNode {
    private final PyGlobalCell cell;
    @CompilationFinal private Assumption cachedAssumption;
    @CompilationFinal private Object cachedValue;
    @CompilationFinal private boolean uncachable;

    /** The module-level variable this node reads; tier 2 guards the values it relies on through it. */
    public PyGlobalCell getCell() {
        return cell;
    }

    public PyReadGlobalNode(PyGlobalCell cell) {
        this.cell = cell;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Assumption a = cachedAssumption;
        if (a != null) {
            if (a.isValid()) {
                return cachedValue;
            }
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedAssumption = null;
            cachedValue = null;
        }
        Object value = cell.get();
        if (value == null) {
            value = lookupBuiltin(cell.getName());
        }
        if (CompilerDirectives.inInterpreter() && !uncachable) {
            Assumption current = cell.getUnchangedAssumption();
            if (current != null && current.isValid()) {
                cachedAssumption = current;
                cachedValue = value;
            } else if (current == null) {
                uncachable = true;
            }
        }
        return value;
    }

    @CompilerDirectives.TruffleBoundary
    private static Object lookupBuiltin(String name) {
        Object b = PyBuiltins.lookup(name);
        if (b == null) {
            throw PyErrors.nameError(name);
        }
        return b;
    }
}
