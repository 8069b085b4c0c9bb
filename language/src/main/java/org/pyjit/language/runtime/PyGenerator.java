package org.pyjit.language.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

/**
 * A generator object. Its body runs on {@link #getFrame()}, a materialized frame that keeps the
 * locals and the resume positions of the body's nodes between two yields; {@link #resume} calls
 * the body's call target with {@code [frame, generator]}, which returns the next yielded value or
 * null once the body has finished (then {@link #getReturnValue()} holds its return value).
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

    public PyGenerator(MaterializedFrame frame, RootCallTarget body, String name, String qualName) {
        super(PyObject.EMPTY_SHAPE);
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

    /** Runs the body through {@code call}, or its call target when null, with {@code value} sent in. */
    private Object run(DirectCallNode call, Object value) {
        if (finished) {
            return null;
        }
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        running = true;
        sentValue = value;
        try {
            return call != null ? call.call(frame, this) : body.call(frame, this);
        } catch (PyException e) {
            finished = true;
            throw e;
        } finally {
            running = false;
        }
    }

    /** generator.send(value): like next() but the paused yield evaluates to value. */
    public Object send(Object value) {
        Object result = resume(value);
        if (result == null) {
            throw PyErrors.stopIteration(returnValue);
        }
        return result;
    }
}
