package org.pyjit.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.NodeInfo;
import org.pyjit.language.runtime.PyException;

/**
 * A sequence of statements. It also records, for an exception escaping one of its statements, the
 * line of that statement: the innermost block sees the exception first, so the traceback gets
 * the line of the innermost statement that was running.
 */
@NodeInfo(shortName = "block")
public final class PyBlockNode extends PyStatementNode {
    @Children private final PyStatementNode[] statements;
    @CompilationFinal(dimensions = 1) private final int[] lines;

    public PyBlockNode(PyStatementNode[] statements, int[] lines) {
        this.statements = statements;
        this.lines = lines;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int i = 0; i < statements.length; i++) {
            try {
                statements[i].executeVoid(frame);
            } catch (PyException e) {
                e.setPendingLineIfUnset(lines[i]);
                throw e;
            }
        }
    }

    @Override
    @ExplodeLoop
    public Object runReturning(VirtualFrame frame) {
        for (int i = 0; i < statements.length; i++) {
            Object result;
            try {
                result = statements[i].runReturning(frame);
            } catch (PyException e) {
                e.setPendingLineIfUnset(lines[i]);
                throw e;
            }
            if (result != null) {
                return result;
            }
        }
        return null;
    }

    public PyStatementNode[] getStatements() {
        return statements;
    }

    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
