package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java carrier of a raised Python exception. {@link #getPyException()} is the Python exception
 * object (an instance of a BaseException subclass) that {@code except E as e} binds.
 *
 * The traceback is built while the exception unwinds, the way CPython builds it: the innermost
 * statement that sees it records its line ({@link #setPendingLineIfUnset}), and each function's
 * root node then appends one entry for its frame ({@link #pushFrame}).
 *
 * To embedders it exposes the readable member {@code __pyjit_traceback__}: the full text CPython
 * would print to stderr for it.
 */
@ExportLibrary(InteropLibrary.class)
public class PyException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    public static final String TRACEBACK_MEMBER = "__pyjit_traceback__";

    /** One line of a traceback: {@code File "file", line N, in function}. */
    public record TracebackEntry(String file, int line, String function) {
    }

    private final Object pyException;
    private final ArrayList<TracebackEntry> traceback = new ArrayList<>();
    private int pendingLine = -1;
    /** Frames of an earlier raise of the same exception object ({@code raise e}), outermost first. */
    private PyTraceback tail;
    /** The complete stderr text when it is not built from frames (syntax errors). */
    private String fixedTraceback;

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

    /** Records the frame the exception is leaving; entries come innermost first. */
    @TruffleBoundary
    public void pushFrame(String file, String function) {
        traceback.add(new TracebackEntry(file, pendingLine, function));
        pendingLine = -1;
    }

    /** The traceback innermost first (reverse of how CPython prints it). */
    public List<TracebackEntry> getTraceback() {
        return traceback;
    }

    /**
     * This carrier with {@code location} as the place it was thrown (an exception made by Java code
     * has none): the same Python exception, traceback so far and pending line. Only for an exception
     * that has not yet left its first frame, so that nothing else holds the old carrier.
     */
    @TruffleBoundary
    public PyException relocated(Node location) {
        PyException copy = new PyException(pyException, location);
        copy.traceback.addAll(traceback);
        copy.pendingLine = pendingLine;
        copy.tail = tail;
        copy.fixedTraceback = fixedTraceback;
        return copy;
    }

    public void setFixedTraceback(String text) {
        this.fixedTraceback = text;
    }

    public void setTail(PyTraceback tail) {
        this.tail = tail;
    }

    /**
     * The traceback as it stands when the exception is caught in (or escapes from) the frame
     * {@code function}: the frames it has left plus the current one, outermost first.
     */
    @TruffleBoundary
    public PyTraceback snapshot(String file, String function) {
        List<TracebackEntry> entries = new ArrayList<>();
        if (file != null && pendingLine >= 0) {
            entries.add(new TracebackEntry(file, pendingLine, function));
        }
        for (int i = traceback.size() - 1; i >= 0; i--) {
            entries.add(traceback.get(i));
        }
        if (tail != null) {
            entries.addAll(tail.getEntries());
        }
        return new PyTraceback(entries);
    }

    /** Stores the traceback on the Python exception object (done when it is caught or escapes). */
    @TruffleBoundary
    public void recordTraceback(String file, String function) {
        if (pyException instanceof PyBaseExceptionObject exc) {
            exc.setTraceback(snapshot(file, function));
        }
    }

    @Override
    @TruffleBoundary
    public String getMessage() {
        return lastLine(pyException);
    }

    @TruffleBoundary
    public static String lastLine(Object exc) {
        String type = tracebackTypeName(PyOps.typeOf(exc));
        String text;
        try {
            text = PyOps.str(exc);
        } catch (PyException e) {
            text = "<exception str() failed>";
        }
        return text.isEmpty() ? type : type + ": " + text;
    }

    /** The exception's type as a traceback names it: qualified, after its module unless that is __main__ or builtins. */
    private static String tracebackTypeName(PyClass type) {
        Object module = PyOps.getAttrOrNull(type, "__module__");
        if (!(module instanceof String m)) {
            return "<unknown>." + type.getQualName();
        }
        return m.equals("__main__") || m.equals("builtins") ? type.getQualName() : m + "." + type.getQualName();
    }

    /** CPython's full stderr text for this exception, with its chained causes and contexts. */
    @TruffleBoundary
    public String formatTraceback() {
        if (fixedTraceback != null) {
            return fixedTraceback;
        }
        StringBuilder sb = new StringBuilder();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        format(sb, pyException, snapshot(null, null), seen);
        return sb.toString();
    }

    private static void format(StringBuilder sb, Object exc, PyTraceback tb, IdentityHashMap<Object, Boolean> seen) {
        seen.put(exc, Boolean.TRUE);
        if (exc instanceof PyBaseExceptionObject e) {
            Object cause = e.getCause();
            Object context = e.getContext();
            if (cause != null && cause != PyNone.NONE && !seen.containsKey(cause)) {
                format(sb, cause, tracebackOf(cause), seen);
                sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
            } else if ((cause == null || cause == PyNone.NONE) && context != null && context != PyNone.NONE && !e.isSuppressContext() &&
                            !seen.containsKey(context)) {
                format(sb, context, tracebackOf(context), seen);
                sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        if (tb != null) {
            tb.appendTo(sb);
        }
        sb.append(lastLine(exc)).append(PySuggestions.suffix(exc)).append('\n');
        appendNotes(sb, exc);
    }

    /** The notes add_note() attached (PEP 678), one per line after the exception's line. */
    private static void appendNotes(StringBuilder sb, Object exc) {
        Object notes;
        try {
            notes = PyOps.getAttrOrNull(exc, "__notes__");
        } catch (PyException e) {
            return;
        }
        if (notes == null) {
            return;
        }
        if (!(notes instanceof PyList || notes instanceof PyTuple)) {
            String text;
            try {
                text = PyOps.repr(notes);
            } catch (PyException e) {
                text = "<__notes__ repr() failed>";
            }
            sb.append(text).append('\n');
            return;
        }
        for (Object note : PyOps.toArray(notes)) {
            String text;
            try {
                text = note instanceof String s ? s : PyOps.str(note);
            } catch (PyException e) {
                text = "<note str() failed>";
            }
            sb.append(text).append('\n');
        }
    }

    private static PyTraceback tracebackOf(Object exc) {
        if (exc instanceof PyBaseExceptionObject e && e.getTraceback() instanceof PyTraceback tb) {
            return tb;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ interop

    /** Its Python class, so that embedders (and the launcher) can tell which exception it is. */
    @ExportMessage
    @SuppressWarnings("static-method")
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return PyOps.typeOf(pyException);
    }

    @ExportMessage
    @SuppressWarnings("static-method")
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @SuppressWarnings({"static-method", "unused"})
    Object getMembers(boolean includeInternal) {
        return new PyInteropStrings(new String[]{TRACEBACK_MEMBER});
    }

    @ExportMessage
    @SuppressWarnings("static-method")
    boolean isMemberReadable(String member) {
        return TRACEBACK_MEMBER.equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if (TRACEBACK_MEMBER.equals(member)) {
            return formatTraceback();
        }
        throw UnknownIdentifierException.create(member);
    }
}
