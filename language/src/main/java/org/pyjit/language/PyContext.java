package org.pyjit.language;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyStdinBuffer;

/** Per-context state: the standard streams, sys.argv, the recursion limit. */
public final class PyContext {
    private static final ContextReference<PyContext> REFERENCE = ContextReference.create(PyLanguage.class);

    private final PyLanguage language;
    private final Env env;
    /** Buffered like CPython's stdout; flushed before anything goes to stderr and when the program ends. */
    private final Writer out;
    private final Writer err;
    private int recursionLimit = 1000;
    /** The sys module once a program imported it: print() writes to its stdout, which may be replaced. */
    private Object sysModule;
    /** sys.set_int_max_str_digits: the most digits int() and str() convert in base 10 (0: no limit). */
    private int intMaxStrDigits = 4300;
    /** Python frames currently active (the module counts as one), compared against the limit. */
    private int depth;
    /** The exceptions being handled by enclosing except blocks, innermost last (for bare raise and __context__). */
    private final ArrayList<PyException> handled = new ArrayList<>();
    private PyStdinBuffer stdin;

    PyContext(PyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new BufferedWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), 1 << 14);
        this.err = new OutputStreamWriter(env.err(), StandardCharsets.UTF_8);
    }

    public static PyContext get(Node node) {
        return REFERENCE.get(node);
    }

    public PyLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    /** sys.argv as the embedder gave it (Context.Builder.arguments): argv[0] is the script path, or '-c'. */
    public String[] getApplicationArguments() {
        return env.getApplicationArguments();
    }

    public Object getSysModule() {
        return sysModule;
    }

    public void setSysModule(Object sys) {
        this.sysModule = sys;
    }

    /** Standard input as input() and sys.stdin read it, made at the first read. */
    public PyStdinBuffer stdin() {
        if (stdin == null) {
            stdin = new PyStdinBuffer(env.in(), this::flushOut);
        }
        return stdin;
    }

    @TruffleBoundary
    public void writeOut(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            // A closed stdout (e.g. a pipe to `head`) must not turn into a Java stack trace.
        }
    }

    @TruffleBoundary
    public void writeErr(String s) {
        try {
            out.flush();
            err.write(s);
            err.flush();
        } catch (IOException e) {
            // Nothing sensible to report a failing stderr to.
        }
    }

    @TruffleBoundary
    public void flushOut() {
        try {
            out.flush();
        } catch (IOException e) {
            // See writeOut.
        }
    }

    public int getIntMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** Called by every function root on entry; raises RecursionError beyond the recursion limit. */
    public void enterFrame() {
        if (++depth > recursionLimit) {
            depth--;
            CompilerDirectives.transferToInterpreter();
            throw PyErrors.recursionError();
        }
    }

    public void exitFrame() {
        depth--;
    }

    /**
     * CPython's Py_EnterRecursiveCall: runtime code that recurses through values (repr, str,
     * comparisons) counts against the same limit as Python frames, and {@code where} ends the
     * RecursionError's message (" while getting the repr of an object"). Pair with {@link #exitFrame}.
     */
    @TruffleBoundary
    public void enterRuntimeCall(String where) {
        if (++depth > recursionLimit) {
            depth--;
            throw PyErrors.recursionError(where);
        }
    }

    /** What a builtin needs that calls C code which checks the limit itself (print's write): no frame, only the check. */
    @TruffleBoundary
    public void checkRuntimeDepth(int levels, String where) {
        if (depth + levels > recursionLimit) {
            throw PyErrors.recursionError(where);
        }
    }

    public int getDepth() {
        return depth;
    }

    @TruffleBoundary
    public void pushHandled(PyException e) {
        handled.add(e);
    }

    @TruffleBoundary
    public void popHandled() {
        handled.remove(handled.size() - 1);
    }

    /** The exception the innermost running except block handles, or null. */
    @TruffleBoundary
    public PyException currentHandled() {
        return handled.isEmpty() ? null : handled.get(handled.size() - 1);
    }
}
