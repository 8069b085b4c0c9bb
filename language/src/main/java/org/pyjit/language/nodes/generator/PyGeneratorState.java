package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.frame.Frame;

/** Reads and clears the resume state (an int in a frame slot; 0 = not suspended inside) of a resumable node. */
public final class PyGeneratorState {
    private PyGeneratorState() {
    }

    public static int take(Frame frame, int slot) {
        if (!frame.isInt(slot)) {
            return 0;
        }
        int state = frame.getInt(slot);
        frame.setInt(slot, 0);
        return state;
    }

    public static void save(Frame frame, int slot, int state) {
        frame.setInt(slot, state);
    }
}
