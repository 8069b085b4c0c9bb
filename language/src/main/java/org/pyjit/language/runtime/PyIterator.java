package org.pyjit.language.runtime;

/** A Python iterator implemented in Java: exhaustion is signalled by null instead of StopIteration. */
public interface PyIterator {
    /** The next value, or null when the iterator is exhausted. Python errors propagate as PyException. */
    Object nextOrNull();
}
