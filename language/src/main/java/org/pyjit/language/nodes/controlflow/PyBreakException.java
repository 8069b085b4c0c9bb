package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Thrown by {@code break}, caught by the innermost loop. */
public final class PyBreakException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    public static final PyBreakException INSTANCE = new PyBreakException();

    private PyBreakException() {
    }
}
