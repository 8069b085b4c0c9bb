package org.pyjit.language.nodes.controlflow;

/**
 * What {@code runReturning} gives for {@code break} and {@code continue}, so that the innermost loop
 * acts on them without an exception when only blocks, ifs and loops lie between (in the interpreter
 * an exception unwinding through each node's Java frame costs several times a plain return). Any
 * other statement runs its body with executeVoid, where break and continue still throw
 * {@link PyBreakException} and {@link PyContinueException}.
 */
public final class PyLoopExit {
    public static final Object BREAK = new Marker("<break>");
    public static final Object CONTINUE = new Marker("<continue>");

    private PyLoopExit() {
    }

    /**
     * For executeVoid of a statement implemented by its runReturning: turns what that gave (a loop
     * exit for an enclosing loop, or a returned value) back into its exception.
     */
    public static void rethrow(Object result) {
        if (result == BREAK) {
            throw PyBreakException.INSTANCE;
        } else if (result == CONTINUE) {
            throw PyContinueException.INSTANCE;
        } else if (result != null) {
            throw new PyReturnException(result);
        }
    }

    private record Marker(String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
