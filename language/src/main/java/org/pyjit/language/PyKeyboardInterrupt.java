package org.pyjit.language;

import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyTypes;

import sun.misc.Signal;

/**
 * Ctrl-C as in CPython: SIGINT raises KeyboardInterrupt in the running program, at its next
 * safepoint (a tier-2 loop leaves native code at its next back-edge for it), so that
 * {@code except KeyboardInterrupt} and {@code finally} run and an uncaught one prints a traceback.
 * The handler is process-wide, so only a launcher asks for it (option {@code pyjit.KeyboardInterrupt}).
 */
final class PyKeyboardInterrupt {
    private PyKeyboardInterrupt() {
    }

    static void install(Env env) {
        Signal.handle(new Signal("INT"), signal -> {
            try {
                env.submitThreadLocal(null, new ThreadLocalAction(true, false) {
                    @Override
                    protected void perform(Access access) {
                        throw new PyException(new PyBaseExceptionObject(PyTypes.KEYBOARD_INTERRUPT, new Object[0]), access.getLocation());
                    }
                });
            } catch (IllegalStateException e) {
                // The context is closing: the process is ending anyway.
            }
        });
    }
}
