package org.pyjit.language.jit;

/** A jump target inside a region: bound to the position of the next micro-op emitted after {@link Emitter#bind}. */
public final class Label {
    int instruction = -1;

    public boolean isBound() {
        return instruction >= 0;
    }
}
