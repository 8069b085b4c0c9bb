package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A Python iterator seen through interop. Interop asks "is there a next element?" before taking
 * it, Python only knows by trying, so one element is read ahead.
 */
@ExportLibrary(InteropLibrary.class)
final class PyInteropIterator implements TruffleObject {
    private final Object iterator;
    private Object lookahead;
    private boolean done;

    PyInteropIterator(Object iterator) {
        this.iterator = iterator;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        if (lookahead == null && !done) {
            lookahead = PyOps.next(iterator);
            done = lookahead == null;
        }
        return lookahead != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        if (!hasIteratorNextElement()) {
            throw StopIterationException.create();
        }
        Object v = lookahead;
        lookahead = null;
        return PyInterop.toForeign(v);
    }
}
