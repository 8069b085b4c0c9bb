package org.pyjit.launcher;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Runs a program and turns its outcome into CPython's stderr text and exit status (the embedding
 * contract): 0, 1 after a traceback, n for {@code sys.exit(n)}, 1 for an internal error.
 */
final class PyOutcome {
    private PyOutcome() {
    }

    /** How a run ended: the exit status, and whether the program asked to exit (the context is then unusable). */
    record Result(int status, boolean exited) {
    }

    static Result run(Context context, Source source) {
        try {
            context.eval(source);
            return new Result(0, false);
        } catch (PolyglotException e) {
            if (e.isExit()) {
                return new Result(e.getExitStatus(), true);
            }
            if (e.isGuestException() && !e.isInternalError()) {
                printTraceback(e);
                // CPython ends by SIGINT after an uncaught KeyboardInterrupt: the shell sees 128 + 2.
                return new Result(isKeyboardInterrupt(e) ? 130 : 1, false);
            }
            return new Result(reportInternalError(e), false);
        }
    }

    private static boolean isKeyboardInterrupt(PolyglotException e) {
        Value guest = e.getGuestObject();
        return guest != null && guest.getMetaObject() != null && "KeyboardInterrupt".equals(guest.getMetaObject().getMetaSimpleName());
    }

    static void printTraceback(PolyglotException e) {
        System.out.flush();
        System.err.print(tracebackText(e));
        System.err.flush();
    }

    /** CPython's stderr text for an uncaught exception, as the language formats it. */
    static String tracebackText(PolyglotException e) {
        Value guest = e.getGuestObject();
        if (guest != null && guest.hasMember("__pyjit_traceback__")) {
            return guest.getMember("__pyjit_traceback__").asString();
        }
        return e.getMessage() + System.lineSeparator();
    }

    static int reportInternalError(PolyglotException e) {
        System.out.flush();
        System.err.println("pyjit: internal error: " + e.getMessage());
        if ("1".equals(System.getenv("PYJIT_DEBUG"))) {
            e.printStackTrace();
        } else {
            System.err.println("(set PYJIT_DEBUG=1 to see the Java stack trace)");
        }
        System.err.flush();
        return 1;
    }
}
