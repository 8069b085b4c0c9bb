package org.pyjit.language.nodes;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** An uncaught SystemExit: tells the embedder to exit with the status. */
@ExportLibrary(InteropLibrary.class)
public final class PyExitException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public PyExitException(int status) {
        this.status = status;
    }

    @ExportMessage
    @SuppressWarnings("static-method")
    ExceptionType getExceptionType() {
        return ExceptionType.EXIT;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return status;
    }
}
