package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyNone;

/**
 * {@code yield value}: suspends the generator with the value; when resumed, evaluates to the
 * value sent in (None for next()).
 */
public final class PyYieldNode extends PyExpressionNode implements PyYieldingNode {
    @Child private PyExpressionNode value;
    private final int stateSlot;
    private final int generatorSlot;

    public PyYieldNode(PyExpressionNode value, int stateSlot, int generatorSlot) {
        this.value = value;
        this.stateSlot = stateSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (PyGeneratorState.take(frame, stateSlot) != 0) {
            return resumed(frame).getSentValue();
        }
        Object v = value == null ? PyNone.NONE : value.execute(frame);
        PyGeneratorState.save(frame, stateSlot, 1);
        throw new PyYieldException(v);
    }

    @Override
    public Object executeAsStatement(VirtualFrame frame) {
        if (PyGeneratorState.take(frame, stateSlot) != 0) {
            resumed(frame);
            return null;
        }
        Object v = value == null ? PyNone.NONE : value.execute(frame);
        PyGeneratorState.save(frame, stateSlot, 1);
        ((PyGenerator) frame.getObjectStatic(generatorSlot)).setYielded(v);
        return PyGeneratorState.YIELDED;
    }

    /** The generator resuming here, after raising what generator.throw() or close() passed in. */
    private PyGenerator resumed(VirtualFrame frame) {
        PyGenerator g = (PyGenerator) frame.getObjectStatic(generatorSlot);
        PyException thrown = g.takeThrown();
        if (thrown != null) {
            throw thrown;
        }
        return g;
    }
}
