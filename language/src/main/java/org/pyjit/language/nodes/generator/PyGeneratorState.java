package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.controlflow.PyLoopExit;

/** Reads and clears the resume state (an int in a frame slot; 0 = not suspended inside) of a resumable node. */
public final class PyGeneratorState {
    /**
     * What {@code runReturning} of a generator body's statements gives when a yield suspended it;
     * the yielded value waits in the generator ({@code PyGenerator.takeYielded}).
     */
    public static final Object YIELDED = new Object() {
        @Override
        public String toString() {
            return "<yielded>";
        }
    };

    private PyGeneratorState() {
    }

    /**
     * For executeVoid callers: turns a suspension, a loop exit or a return seen by runReturning
     * back into its exception.
     */
    public static void rethrow(Object result) {
        if (result == YIELDED) {
            throw new PyYieldException(YIELDED);
        }
        PyLoopExit.rethrow(result);
    }

    /** The slot's state (0 = not suspended inside), cleared. State slots are static slots. */
    public static int take(Frame frame, int slot) {
        int state = frame.getIntStatic(slot);
        if (state != 0) {
            frame.setIntStatic(slot, 0);
        }
        return state;
    }

    public static void save(Frame frame, int slot, int state) {
        frame.setIntStatic(slot, state);
    }

    /**
     * Runs one resumable part of a statement; if it suspends (by a yield result or exception),
     * records {@code state} so that the next resumption re-enters the same part.
     */
    public static Object runPart(VirtualFrame frame, PyStatementNode part, int slot, int state) {
        Object result;
        try {
            result = part.runReturning(frame);
        } catch (PyYieldException y) {
            save(frame, slot, state);
            throw y;
        }
        if (result == YIELDED) {
            save(frame, slot, state);
        }
        return result;
    }
}
