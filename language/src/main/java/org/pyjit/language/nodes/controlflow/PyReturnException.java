package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code return}, caught by the function's root node. */
public final class PyReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public PyReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
