package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.local.PyCellAccess;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGlobals;

/** Creates a function object: evaluates the defaults now and captures the closure cells. */
public final class PyMakeFunctionNode extends PyExpressionNode {
    private final PyCode code;
    private final PyGlobals globals;
    @Children private final PyExpressionNode[] defaults;
    /** One per keyword-only parameter; null entries have no default. */
    @Children private final PyExpressionNode[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final PyCellAccess[] closure;

    public PyMakeFunctionNode(PyCode code, PyGlobals globals, PyExpressionNode[] defaults, PyExpressionNode[] kwDefaults, PyCellAccess[] closure) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] d = null;
        if (defaults.length > 0) {
            d = new Object[defaults.length];
            for (int i = 0; i < defaults.length; i++) {
                d[i] = defaults[i].execute(frame);
            }
        }
        Object[] kd = null;
        if (kwDefaults.length > 0) {
            kd = new Object[kwDefaults.length];
            for (int i = 0; i < kwDefaults.length; i++) {
                kd[i] = kwDefaults[i] == null ? null : kwDefaults[i].execute(frame);
            }
        }
        PyCell[] cells = null;
        if (closure.length > 0) {
            cells = new PyCell[closure.length];
            for (int i = 0; i < closure.length; i++) {
                cells[i] = closure[i].getCell(frame);
            }
        }
        return new PyFunction(code, d, kd, cells, globals);
    }
}
