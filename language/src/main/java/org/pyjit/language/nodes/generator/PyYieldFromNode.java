package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.controlflow.PyNextNode;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/**
 * {@code yield from iterable}: yields every value of the delegate (kept in a frame slot while
 * suspended), then evaluates to the delegate generator's return value.
 */
public final class PyYieldFromNode extends PyExpressionNode implements PyYieldingNode {
    @Child private PyExpressionNode iterable;
    @Child private PyNextNode next = new PyNextNode();
    private final int iteratorSlot;
    private final int generatorSlot;

    public PyYieldFromNode(PyExpressionNode iterable, int iteratorSlot, int generatorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result = step(frame);
        if (result == PyGeneratorState.YIELDED) {
            throw new PyYieldException(((PyGenerator) frame.getObjectStatic(generatorSlot)).takeYielded());
        }
        return result;
    }

    @Override
    public Object executeAsStatement(VirtualFrame frame) {
        return step(frame) == PyGeneratorState.YIELDED ? PyGeneratorState.YIELDED : null;
    }

    /** Suspends with the delegate's next value (YIELDED), or gives the value of the finished expression. */
    private Object step(VirtualFrame frame) {
        Object it = frame.getObjectStatic(iteratorSlot);
        PyGenerator self = (PyGenerator) frame.getObjectStatic(generatorSlot);
        Object v;
        if (it == null) {
            it = PyOps.getIter(iterable.execute(frame));
            v = next.execute(it);
        } else {
            frame.setObjectStatic(iteratorSlot, null);
            PyException thrown = self.takeThrown();
            if (thrown != null) {
                // generator.throw() into an iterator that is no generator, or close() after closing the delegate
                throw thrown;
            }
            PyException raised = self.takeDelegateError();
            if (raised != null) {
                throw raised;
            }
            Object sent = self.getSentValue();
            if (sent != PyNone.NONE && it instanceof PyGenerator g) {
                v = g.resume(sent);
            } else {
                v = next.execute(it);
            }
        }
        if (v == null) {
            return it instanceof PyGenerator g ? g.getReturnValue() : PyNone.NONE;
        }
        frame.setObjectStatic(iteratorSlot, it);
        if (it instanceof PyGenerator g) {
            self.setDelegate(g);
        }
        self.setYielded(v);
        return PyGeneratorState.YIELDED;
    }
}
