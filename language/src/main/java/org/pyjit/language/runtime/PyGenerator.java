package org.pyjit.language.runtime;

import java.util.LinkedHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.pyjit.language.PyContext;

/**
 * A generator object. Its body runs on {@link #getFrame()}, a materialized frame that keeps the
 * locals and the resume positions of the body's nodes between two yields; {@link #resume} calls
 * the body's call target with {@code [frame, generator]}, which returns the next yielded value or
 * null once the body has finished (then {@link #getReturnValue()} holds its return value).
 *
 * <p>
 * While the body is suspended in a {@code yield from} another generator (its <em>delegate</em>),
 * resuming goes to the delegate directly, without running the body, as CPython does with
 * {@code gi_yieldfrom}: a value then passes up a chain of delegating generators in one Java call per
 * level instead of one body execution per level. The body runs again when the delegate finishes, or
 * raises: its exception is then raised at the {@code yield from}, as if the body had resumed it.
 */
public final class PyGenerator extends PyObject implements PyIterator {
    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final String name;
    private final String qualName;
    private boolean running;
    private boolean finished;
    private Object returnValue = PyNone.NONE;
    private Object sentValue = PyNone.NONE;
    /** The value of a yield that suspended the body without unwinding by exception. */
    private Object yielded;
    /** The generator the suspended body's {@code yield from} takes its values from, or null. */
    private PyGenerator delegate;
    /** What the delegate raised, for the body's {@code yield from} to raise when it resumes. */
    private PyException delegateError;
    /** Whether the body has run at all (throw() and close() of a fresh generator never run it). */
    private boolean started;
    /** What generator.throw() raises where the body is suspended: the yield resuming takes it. */
    private PyException thrown;
    /**
     * Made by the expression a loop iterates over or a builtin consumes ({@link #ownIfMadeSince}): in
     * CPython that loop or builtin then holds its only reference, and leaving it closes the
     * generator ({@link #closeTemporary}).
     */
    private boolean temporary;
    /** Generators made so far (by any context of this JVM), for {@link #ownIfMadeSince}. */
    private static long made;
    private final long serial = ++made;

    /**
     * The context the generator was made in, the only one it runs in: a resumption counts its depth
     * there without looking the context up (a thread-local read in the interpreter).
     */
    private final PyContext context;

    public PyGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualName, PyContext context) {
        super(PyObject.EMPTY_SHAPE);
        this.context = context;
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualName = qualName;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.GENERATOR;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualName;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getBody() {
        return body;
    }

    public boolean isFinished() {
        return finished;
    }

    public void markFinished(Object value) {
        finished = true;
        returnValue = value;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    /** The value the current yield expression evaluates to (None for next()). */
    public Object getSentValue() {
        return sentValue;
    }

    public void setYielded(Object value) {
        yielded = value;
    }

    public Object takeYielded() {
        Object v = yielded;
        yielded = null;
        return v;
    }

    public void setDelegate(PyGenerator g) {
        delegate = g;
    }

    public PyException takeDelegateError() {
        PyException e = delegateError;
        delegateError = null;
        return e;
    }

    @Override
    public Object nextOrNull() {
        return resume(PyNone.NONE);
    }

    /** Like {@link #resume(Object)} through a call node cached on this generator's body (lets the body inline). */
    public Object resumeNext(DirectCallNode call) {
        return run(call, PyNone.NONE);
    }

    /** Runs the body to its next yield: the yielded value, or null when it has finished. */
    public Object resume(Object value) {
        return run(null, value);
    }

    public PyContext getContext() {
        return context;
    }

    /** Runs the body through {@code call}, or its call target when null, with {@code value} sent in. */
    private Object run(DirectCallNode call, Object value) {
        if (finished) {
            return null;
        }
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        if (delegate != null) {
            Object v = resumeDelegate(value);
            if (v != null) {
                return v;
            }
        }
        running = true;
        started = true;
        sentValue = value;
        try {
            Object yielded = call != null ? call.call(frame, this) : body.call(frame, this);
            return yielded == Boolean.TRUE ? takeYielded() : null;
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
    }

    /**
     * Advances the delegate as the body's {@code yield from} would (the recursion depth counts this
     * generator's level as if its body ran): its next value, or null once it finished or raised.
     */
    @TruffleBoundary
    private Object resumeDelegate(Object value) {
        PyGenerator d = delegate;
        running = true;
        try {
            context.enterFrame();
            try {
                Object v = d.run(null, value);
                if (v == null) {
                    delegate = null;
                }
                return v;
            } finally {
                context.exitFrame();
            }
        } catch (PyException e) {
            delegate = null;
            delegateError = e;
            return null;
        } finally {
            running = false;
        }
    }

    /** The exception to raise at the yield the body resumes from, or null (for a plain resume). */
    public PyException takeThrown() {
        PyException t = thrown;
        if (t != null) {
            thrown = null;
        }
        return t;
    }

    /**
     * generator.throw(): raises {@code e} where the body is suspended, in its delegate first when it
     * is in a {@code yield from} (CPython's gen_throw); GeneratorExit closes the delegate instead.
     * The next value the body yields, or null once it has finished.
     */
    @TruffleBoundary
    public Object throwInto(PyException e) {
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        if (finished || !started) {
            finished = true;
            throw e;
        }
        PyGenerator d = delegate;
        delegate = null;
        if (d == null) {
            thrown = e;
        } else if (isGeneratorExit(e)) {
            try {
                d.close();
                thrown = e;
            } catch (PyException raised) {
                delegateError = raised;
            }
        } else {
            running = true;
            try {
                Object v = d.throwInto(e);
                if (v != null) {
                    delegate = d;
                    return v;
                }
            } catch (PyException raised) {
                delegateError = raised;
            } finally {
                running = false;
            }
        }
        return run(null, PyNone.NONE);
    }

    /** generator.close(): GeneratorExit at the suspended yield, so that its finally blocks run. */
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        Object v;
        try {
            v = throwInto(PyErrors.withArgs(PyTypes.GENERATOR_EXIT));
        } catch (PyException e) {
            if (isGeneratorExit(e) || PyOps.isInstance(e.getPyException(), PyTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (v != null) {
            throw PyErrors.runtimeError("generator ignored GeneratorExit");
        }
    }

    /** The count to pass to {@link #ownIfMadeSince}, taken once a call's arguments are evaluated. */
    public static long madeSoFar() {
        return made;
    }

    /**
     * {@code result} of a call whose value only a loop or a consuming builtin gets: a generator the
     * call itself made (a generator function's, or one a function made and returned) is marked
     * temporary. One made before, by an argument ({@code keep(gen())}) or earlier ({@code iter(g)}),
     * is left alone: others may hold it.
     */
    public static Object ownIfMadeSince(Object result, long before) {
        if (result instanceof PyGenerator g && g.serial > before) {
            g.temporary = true;
        }
        return result;
    }

    /**
     * Closes a temporary generator that a loop or a consuming builtin leaves early (break, return,
     * an exception, a decided any()): in CPython it held the generator's only reference, so it is
     * closed right there and its finally blocks run.
     */
    public static void closeTemporary(Object iterator) {
        if (isOpenTemporary(iterator)) {
            closeDropped((PyGenerator) iterator);
        }
    }

    /** A temporary generator that has not finished: one closeTemporary would close. */
    public static boolean isOpenTemporary(Object iterator) {
        return iterator instanceof PyGenerator g && g.temporary && !g.finished;
    }

    /** Closes a generator nothing references any more; what closing raises is lost, as in CPython's finalizer. */
    private static void closeDropped(PyGenerator g) {
        if (!g.finished) {
            try {
                g.close();
            } catch (PyException e) {
                // CPython reports it as unraisable on stderr and goes on
            }
        }
    }

    /**
     * At exit CPython frees __main__'s globals in the order they were defined, and a suspended
     * generator loses its last reference there and is closed (its finally blocks run after the
     * program's last line). Here: generators held by a global, or by a list, tuple or dict in one,
     * closed where their last holder is.
     */
    @TruffleBoundary
    public static void closeAtExit(PyGlobals globals) {
        LinkedHashMap<PyGenerator, Boolean> byLastHolder = new LinkedHashMap<>();
        for (String name : globals.boundNames()) {
            Object v = globals.get(name);
            for (Object o : heldBy(v)) {
                if (o instanceof PyGenerator g) {
                    byLastHolder.remove(g);
                    byLastHolder.put(g, Boolean.TRUE);
                }
            }
        }
        for (PyGenerator g : byLastHolder.keySet()) {
            closeDropped(g);
        }
    }

    /** The value itself, or the items of a list or tuple, or the values of a dict (in order). */
    private static Object[] heldBy(Object v) {
        if (v instanceof PyList l) {
            return l.toArray();
        } else if (v instanceof PyTuple t) {
            return t.getArray();
        } else if (v instanceof PyDict d) {
            Object[] values = new Object[d.entryLimit()];
            for (int i = 0; i < values.length; i++) {
                values[i] = d.keyAt(i) == null ? null : d.valueAt(i);
            }
            return values;
        }
        return new Object[]{v};
    }

    private static boolean isGeneratorExit(PyException e) {
        return PyOps.isInstance(e.getPyException(), PyTypes.GENERATOR_EXIT);
    }

    /** generator.send(value): like next() but the paused yield evaluates to value. */
    public Object send(Object value) {
        if (!started && !finished && value != PyNone.NONE) {
            throw PyErrors.typeError("can't send non-None value to a just-started generator");
        }
        Object result = resume(value);
        if (result == null) {
            throw PyErrors.stopIteration(returnValue);
        }
        return result;
    }
}
