package org.pyjit.language.runtime;

/**
 * Something Python can call. Vectorcall convention: {@code args} holds the positional arguments
 * followed by the keyword argument values; {@code kwNames} (null or empty when there are none)
 * names the last {@code kwNames.length} entries of args.
 */
public interface PyCallable {
    Object call(Object[] args, String[] kwNames);
}
