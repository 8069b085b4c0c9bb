package org.pyjit.language.nodes.call;

/**
 * A call whose result only a loop or a consuming builtin gets (the iterable of a {@code for}, the
 * argument of {@code any(...)}): a generator it makes is temporary, closed when that loop or builtin
 * leaves it early, as CPython's reference counting does ({@code PyGenerator.closeTemporary}).
 */
public interface PyTemporaryResult {
    void makeTemporaries();
}
