package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.nodes.PyStatementNode;

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

    public PyStatementJitNode(PyStatementNode statement, LoopGlobals globals) {
        this.statement = statement;
        this.tier2 = PyLoopJitNode.forStatement(globals);
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
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
