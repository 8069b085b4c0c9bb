package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.expression.PyConditionNode;
import org.pyjit.language.nodes.jit.PyLoopJitNode;

/** {@code while test: body else: orelse}; the else part runs when the loop ends without break. */
public final class PyWhileNode extends PyStatementNode {
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;

    /** {@code globals}: the module globals the enclosing code reaches (see {@link PyLoopJitNode}). */
    public PyWhileNode(PyExpressionNode test, PyStatementNode body, PyStatementNode orelse, LoopGlobals globals) {
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(test, body, globals));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PyLoopExit.rethrow(runReturning(frame));
    }

    /**
     * The loop's result is BREAK_LOOP_STATUS (ended), BROKE (break) or the value of a return; the
     * else part may also end with a loop exit of an enclosing loop.
     */
    @Override
    public Object runReturning(VirtualFrame frame) {
        Object result = loop.execute(frame);
        if (result == RepeatingNode.BREAK_LOOP_STATUS) {
            if (orelse != null) {
                return orelse.runReturning(frame);
            }
            return null;
        }
        return result == Repeating.BROKE ? null : result;
    }

    private static final class Repeating extends Node implements RepeatingNode {
        static final Object BROKE = new Object();
        @Child private PyConditionNode test;
        @Child private PyStatementNode body;
        @Child private PyLoopJitNode tier2;

        Repeating(PyExpressionNode test, PyStatementNode body, LoopGlobals globals) {
            this.test = new PyConditionNode(test);
            this.body = body;
            this.tier2 = PyLoopJitNode.forWhile(globals);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new AssertionError("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            int native_ = tier2.enter(frame);
            if (native_ != PyLoopJitNode.TIER1) {
                return tier2.loopResult(native_, BROKE);
            }
            if (!test.execute(frame)) {
                return RepeatingNode.BREAK_LOOP_STATUS;
            }
            try {
                Object returned = body.runReturning(frame);
                if (returned == PyLoopExit.BREAK) {
                    return BROKE;
                } else if (returned != null && returned != PyLoopExit.CONTINUE) {
                    return returned;
                }
            } catch (PyBreakException e) {
                return BROKE;
            } catch (PyContinueException e) {
                // next iteration
            }
            return RepeatingNode.CONTINUE_LOOP_STATUS;
        }
    }
}
