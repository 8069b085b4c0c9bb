package org.pyjit.language.nodes.call;

import org.pyjit.language.runtime.PyGenerator;

/**
 * A call whose result only a loop or a consuming builtin gets (the iterable of a {@code for}, the
 * argument of {@code any(...)}): a generator it makes is temporary, closed when that loop or builtin
 * leaves it early, as CPython's reference counting does ({@code PyGenerator.closeTemporary}).
 * Implementations take {@link #madeSoFar} once the call's arguments are evaluated and pass the
 * call's result through {@link #owned}.
 */
public interface PyTemporaryResult {
    void makeTemporaries();

    /** The generators made before the call itself runs (0 where the node makes no temporaries: no work then). */
    static long madeSoFar(boolean temporaries) {
        return temporaries ? PyGenerator.madeSoFar() : 0;
    }

    static Object owned(boolean temporaries, Object result, long before) {
        return temporaries ? PyGenerator.ownIfMadeSince(result, before) : result;
    }
}
