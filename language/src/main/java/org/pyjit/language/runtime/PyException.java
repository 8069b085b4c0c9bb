package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java carrier of a raised Python exception. {@link #getPyException()} is the Python exception
 * object (an instance of a BaseException subclass) that {@code except E as e} binds.
 *
 * The traceback is built while the exception unwinds, the way CPython builds it: the innermost
 * statement that sees it records its line ({@link #setPendingLineIfUnset}), and each function's
 * root node then appends one entry for its frame ({@link #pushFrame}).
 */
public class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    /** One line of a traceback: {@code File "file", line N, in function}. */
    public record TracebackEntry(String file, int line, String function) {
    }

    private final Object pyException;
    private final ArrayList<TracebackEntry> traceback = new ArrayList<>();
    private int pendingLine = -1;

    public PyException(Object pyException, Node location) {
        super(location);
        this.pyException = pyException;
    }

    public Object getPyException() {
        return pyException;
    }

    public int getPendingLine() {
        return pendingLine;
    }

    public void setPendingLineIfUnset(int line) {
        if (pendingLine < 0) {
            pendingLine = line;
        }
    }

    public void clearPendingLine() {
        pendingLine = -1;
    }

    /** Records the frame the exception is leaving; entries come innermost first. */
    public void pushFrame(String file, String function) {
        traceback.add(new TracebackEntry(file, pendingLine, function));
        pendingLine = -1;
    }

    /** The traceback innermost first (reverse of how CPython prints it). */
    public List<TracebackEntry> getTraceback() {
        return traceback;
    }
}
