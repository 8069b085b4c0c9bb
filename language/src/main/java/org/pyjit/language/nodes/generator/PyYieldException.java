package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds a generator body from a yield to its root. On the way out every resumable node it
 * passes stores where it was, so that the next resumption finds its way back to the yield.
 */
public final class PyYieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public PyYieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
