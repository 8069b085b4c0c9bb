package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyException;

/** A block of a generator body that contains a yield: resumes at the statement that yielded. */
public final class PyGenBlockNode extends PyStatementNode {
    @Children private final PyStatementNode[] statements;
    @CompilationFinal(dimensions = 1) private final int[] lines;
    private final int stateSlot;

    public PyGenBlockNode(PyStatementNode[] statements, int[] lines, int stateSlot) {
        this.statements = statements;
        this.lines = lines;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyGeneratorState.rethrow(runReturning(frame));
    }

    /**
     * Exploded so that each statement is a constant in compiled code (inlined); a loop starting at
     * the resume index would make every statement a virtual call into the interpreter.
     */
    @Override
    @ExplodeLoop
    public Object runReturning(VirtualFrame frame) {
        int start = PyGeneratorState.take(frame, stateSlot);
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            try {
                Object result = PyGeneratorState.runPart(frame, statements[i], stateSlot, i);
                if (result != null) {
                    return result;
                }
            } catch (PyException e) {
                e.setPendingLineIfUnset(lines[i]);
                throw e;
            }
        }
        return null;
    }
}
