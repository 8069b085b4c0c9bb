package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGlobalCell;

/**
 * A statement that reduces what generator functions yield ({@code s = sum(squares(count_up(n)))},
 * {@code m = max(x for x in evens(n) if x % 3)}): tier 2 runs it as a loop of one iteration, with
 * the generators fused into its consumer (GeneratorFusion), compiled when it first runs, as tier 1
 * would resume the generators once per item. A side exit runs the statement in tier 1 from its
 * start, which nothing native has changed.
 */
public final class PyStatementJitNode extends PyStatementNode {
    @Child private PyStatementNode statement;
    @Child private PyLoopJitNode tier2;
    private final LoopGlobals globals;
    /** The global whose call gives the items: no compiling unless it holds a generator function. */
    private final String producer;
    @CompilationFinal private boolean checked;

    public PyStatementJitNode(PyStatementNode statement, LoopGlobals globals, String producer) {
        this.statement = statement;
        this.tier2 = PyLoopJitNode.forStatement(globals);
        this.globals = globals;
        this.producer = producer;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!checked) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            checked = true;
            PyGlobalCell cell = globals.cell(producer);
            if (!(cell != null && cell.get() instanceof PyFunction f && f.getCode().isGenerator())) {
                tier2.disable();
            }
        }
        if (tier2.enter(frame) == PyLoopJitNode.TIER1) {
            statement.executeVoid(frame);
        }
    }

    /** The statement inside is the one tools see. */
    @Override
    public boolean isInstrumentable() {
        return false;
    }
}
