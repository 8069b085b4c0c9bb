package org.pyjit.language.runtime;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The traceback of a raised exception as CPython prints it: frames outermost first. Stored on the
 * exception object when the exception is caught or escapes, so that chained exceptions
 * ({@code __context__}, {@code __cause__}) and re-raised exception objects print their frames.
 */
public final class PyTraceback {
    private final List<PyException.TracebackEntry> entries;

    public PyTraceback(List<PyException.TracebackEntry> entries) {
        this.entries = entries;
    }

    public List<PyException.TracebackEntry> getEntries() {
        return entries;
    }

    private static void appendRepeats(StringBuilder sb, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    @TruffleBoundary
    public void appendTo(StringBuilder sb) {
        if (entries.isEmpty()) {
            return;
        }
        sb.append("Traceback (most recent call last):\n");
        PyException.TracebackEntry last = null;
        int repeats = 0;
        for (PyException.TracebackEntry e : entries) {
            if (e.equals(last)) {
                repeats++;
                if (repeats >= 3) {
                    continue;
                }
            } else {
                appendRepeats(sb, repeats);
                repeats = 0;
                last = e;
            }
            sb.append("  File \"").append(e.file()).append("\", line ").append(e.line()).append(", in ").append(e.function()).append('\n');
        }
        appendRepeats(sb, repeats);
    }
}
