package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code continue}, caught by the innermost loop. */
public final class PyContinueException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final PyContinueException INSTANCE = new PyContinueException();

    private PyContinueException() {
    }
}
