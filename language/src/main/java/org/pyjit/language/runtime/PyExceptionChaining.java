package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython sets {@code __context__} when an exception is raised while another is being handled, even if the new exception is
 * caught right away (so {@code inner.__context__} is visible inside a nested handler). pyjit's raise sites are many
 * (operations raise PyException directly), so the link is made where the new exception is caught by an except clause, from
 * the context's stack of exceptions being handled.
 */
public final class PyExceptionChaining {
    private PyExceptionChaining() {
    }

    /** Links {@code caught} to {@code handledOrNull}, the exception whose except block was running when it was raised. */
    @TruffleBoundary
    public static void chainToHandled(PyException caught, PyException handledOrNull) {
        if (handledOrNull == null) {
            return;
        }
        Object r = caught.getPyException();
        Object h = handledOrNull.getPyException();
        if (r != h && r instanceof PyBaseExceptionObject re && re.getContext() == null) {
            cutCycle(h, re);
            re.setContext(h);
        }
    }

    /** Like CPython, drops the link on from's context chain that leads back to target, so no cycle forms. */
    private static void cutCycle(Object from, Object target) {
        Object o = from;
        for (int steps = 0; o instanceof PyBaseExceptionObject e && steps < 10000; steps++) {
            Object next = e.getContext();
            if (next == target) {
                e.setContext(null);
                return;
            }
            o = next;
        }
    }
}
