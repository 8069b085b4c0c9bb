package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.pyjit.language.PyLanguage;

/**
 * How Python shows a value that is not a pyjit object (a Java primitive box, a String, a foreign
 * object): by its repr, so that the REPL echoes {@code True}, {@code 'ab'} and {@code 1e+16}.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyLanguageView implements TruffleObject {
    final Object delegate;

    public PyLanguageView(Object delegate) {
        this.delegate = delegate;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyInterop.displayString(PyInterop.fromForeign(delegate));
    }
}
