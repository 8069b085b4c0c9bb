package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyGenerator;

/**
 * {@code v = call()} where {@code v} is one of {@code PyDropGeneratorLocalsNode}'s locals: the
 * generator it held before is dropped by the store and closed, as CPython does.
 */
public final class PyRebindGeneratorLocalNode extends PyStatementNode {
    @Child private PyStatementNode store;
    private final int slot;

    public PyRebindGeneratorLocalNode(PyStatementNode store, int slot) {
        this.store = store;
        this.slot = slot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        // Only the store can change the local: its value is a call, which cannot reach it.
        Object old = frame.isObject(slot) ? frame.getObject(slot) : null;
        store.executeVoid(frame);
        if (old != null && !(frame.isObject(slot) && frame.getObject(slot) == old)) {
            PyGenerator.closeTemporary(old);
        }
    }
}
