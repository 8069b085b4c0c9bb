package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.jit.PyLoopJitNode;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.runtime.PyBuiltinIterators;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRange;

/**
 * {@code for target in iterable: body else: orelse}. Iterating a range counts in long frame slots
 * (current value, remaining count) without creating an iterator; anything else goes through its
 * iterator, kept in another slot (null while a range is being counted).
 */
public final class PyForNode extends PyStatementNode {
    static final Object BROKE = new Object();

    @Child private PyExpressionNode iterable;
    @Child private LoopNode loop;
    @Child private PyStatementNode orelse;
    private final int counterSlot;
    private final int remainingSlot;
    private final int stepSlot;
    private final int iteratorSlot;
    /** The iterable is a call or generator expression: a generator it gives is closed when the loop ends early. */
    private final boolean temporary;
    private final CountingConditionProfile isRange = CountingConditionProfile.create();

    public PyForNode(PyExpressionNode iterable, PyTargetNode target, PyStatementNode body, PyStatementNode orelse, int counterSlot, int remainingSlot,
                    int stepSlot, int iteratorSlot, boolean temporary, LoopGlobals globals) {
        this.iterable = iterable;
        this.temporary = temporary;
        this.counterSlot = counterSlot;
        this.remainingSlot = remainingSlot;
        this.stepSlot = stepSlot;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new Repeating(target, body, counterSlot, remainingSlot, stepSlot, iteratorSlot, globals));
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
        Object iter = iterable.execute(frame);
        if (isRange.profile(iter instanceof PyRange)) {
            PyRange range = (PyRange) iter;
            frame.setLong(counterSlot, range.getStart());
            frame.setLong(remainingSlot, range.length());
            frame.setLong(stepSlot, range.getStep());
            frame.setObject(iteratorSlot, null);
        } else if (iter instanceof PyList list) {
            // Made here rather than behind getIter's boundary, so that compiled code can keep it in registers.
            frame.setObject(iteratorSlot, new PyBuiltinIterators.ListIterator(list));
        } else {
            frame.setObject(iteratorSlot, PyOps.getIter(iter));
        }
        Object result;
        if (temporary && iter instanceof PyGenerator) {
            result = runClosingGenerator(frame, iter);
        } else {
            result = loop.execute(frame);
        }
        frame.setObject(iteratorSlot, null);
        if (result == RepeatingNode.BREAK_LOOP_STATUS) {
            if (orelse != null) {
                return orelse.runReturning(frame);
            }
            return null;
        }
        return result == BROKE ? null : result;
    }

    private Object runClosingGenerator(VirtualFrame frame, Object generator) {
        Object result;
        try {
            result = loop.execute(frame);
        } catch (PyException | ControlFlowException e) {
            PyGenerator.closeTemporary(generator);
            throw e;
        }
        if (result != RepeatingNode.BREAK_LOOP_STATUS) {
            PyGenerator.closeTemporary(generator);
        }
        return result;
    }

    private static final class Repeating extends Node implements RepeatingNode {
        @Child private PyTargetNode target;
        @Child private PyStatementNode body;
        @Child private PyNextNode next = new PyNextNode();
        @Child private PyLoopJitNode tier2;
        private final int counterSlot;
        private final int remainingSlot;
        private final int stepSlot;
        private final int iteratorSlot;
        private final CountingConditionProfile rangeMode = CountingConditionProfile.create();

        Repeating(PyTargetNode target, PyStatementNode body, int counterSlot, int remainingSlot, int stepSlot, int iteratorSlot,
                        LoopGlobals globals) {
            this.target = target;
            this.body = body;
            this.counterSlot = counterSlot;
            this.remainingSlot = remainingSlot;
            this.stepSlot = stepSlot;
            this.iteratorSlot = iteratorSlot;
            this.tier2 = PyLoopJitNode.forRange(counterSlot, remainingSlot, stepSlot, globals);
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new AssertionError("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            Object it = frame.getObject(iteratorSlot);
            if (rangeMode.profile(it == null)) {
                int native_ = tier2.enter(frame);
                if (native_ != PyLoopJitNode.TIER1) {
                    return tier2.loopResult(native_, BROKE);
                }
                long remaining = frame.getLong(remainingSlot);
                if (remaining <= 0) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                long i = frame.getLong(counterSlot);
                frame.setLong(remainingSlot, remaining - 1);
                // May wrap after the last item; that value is never used.
                frame.setLong(counterSlot, i + frame.getLong(stepSlot));
                target.executeWriteLong(frame, i);
            } else {
                if (it instanceof PyBuiltinIterators.ListIterator || it instanceof PyBuiltinIterators.Enumerate || it instanceof PyBuiltinIterators.Zip ||
                                it instanceof PyBuiltinIterators.StrIterator) {
                    int native_ = tier2.enterItems(frame, (PyObject) it);
                    if (native_ != PyLoopJitNode.TIER1) {
                        return tier2.loopResult(native_, BROKE);
                    }
                }
                Object value = next.execute(it);
                if (value == null) {
                    return RepeatingNode.BREAK_LOOP_STATUS;
                }
                target.executeWrite(frame, value);
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
