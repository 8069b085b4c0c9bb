package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Factories of Python exceptions raised from Java: they return the carrier, the caller throws it. */
public final class PyErrors {
    private PyErrors() {
    }

    @TruffleBoundary
    public static PyException of(PyClass type, String msg) {
        return new PyException(new PyBaseExceptionObject(type, new Object[]{msg}), null);
    }

    @TruffleBoundary
    public static PyException withArgs(PyClass type, Object... args) {
        return new PyException(new PyBaseExceptionObject(type, args), null);
    }

    public static PyException typeError(String msg) {
        return of(PyTypes.TYPE_ERROR, msg);
    }

    public static PyException valueError(String msg) {
        return of(PyTypes.VALUE_ERROR, msg);
    }

    public static PyException indexError(String msg) {
        return of(PyTypes.INDEX_ERROR, msg);
    }

    public static PyException keyError(Object key) {
        return withArgs(PyTypes.KEY_ERROR, key);
    }

    public static PyException attributeError(String msg) {
        return of(PyTypes.ATTRIBUTE_ERROR, msg);
    }

    @TruffleBoundary
    public static PyException nameError(String name) {
        PyException e = of(PyTypes.NAME_ERROR, "name '" + name + "' is not defined");
        if (e.getPyException() instanceof PyBaseExceptionObject exc) {
            exc.setAttributeValue("name", name);
        }
        PySuggestions.recordNameError(e.getPyException(), name);
        return e;
    }

    public static PyException unboundLocal(String name) {
        return of(PyTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static PyException zeroDivision(String msg) {
        return of(PyTypes.ZERO_DIVISION_ERROR, msg);
    }

    public static PyException overflowError(String msg) {
        return of(PyTypes.OVERFLOW_ERROR, msg);
    }

    /** A result too large for a Java array or string (CPython's MemoryError has no message). */
    public static PyException memoryError() {
        return of(PyTypes.MEMORY_ERROR, "");
    }

    /** {@code count} copies of something {@code unit} long, as an array length, or MemoryError. */
    public static int checkedLength(long count, long unit) {
        if (unit != 0 && count > (Integer.MAX_VALUE - 16) / unit) {
            throw memoryError();
        }
        return (int) (count * unit);
    }

    public static PyException recursionError() {
        return recursionError("");
    }

    /** {@code where} as CPython appends it: " in comparison", " while calling a Python object", ... */
    public static PyException recursionError(String where) {
        return of(PyTypes.RECURSION_ERROR, "maximum recursion depth exceeded" + where);
    }

    @TruffleBoundary
    public static PyException stopIteration(Object value) {
        Object[] args = value == null || value == PyNone.NONE ? new Object[0] : new Object[]{value};
        return withArgs(PyTypes.STOP_ITERATION, args);
    }

    public static PyException runtimeError(String msg) {
        return of(PyTypes.RUNTIME_ERROR, msg);
    }

    public static PyException notImplementedError(String msg) {
        return of(PyTypes.NOT_IMPLEMENTED_ERROR, msg);
    }

    @TruffleBoundary
    public static PyException assertionError(Object msgOrNull) {
        return withArgs(PyTypes.ASSERTION_ERROR, msgOrNull == null ? new Object[0] : new Object[]{msgOrNull});
    }

    public static PyException moduleNotFound(String name) {
        return of(PyTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }

    /**
     * The {@code raise} statement: instantiates a class, checks the value derives from
     * BaseException and attaches the cause ({@code raise X from Y}); causeOrNull null means no from clause.
     */
    @TruffleBoundary
    public static PyException raise(Object excClassOrInstance, Object causeOrNull) {
        PyBaseExceptionObject exc = toExceptionObject(excClassOrInstance, "exceptions must derive from BaseException");
        if (causeOrNull != null) {
            if (causeOrNull == PyNone.NONE) {
                exc.setCause(PyNone.NONE);
            } else {
                exc.setCause(toExceptionObject(causeOrNull, "exception causes must derive from BaseException"));
            }
        }
        return new PyException(exc, null);
    }

    private static PyBaseExceptionObject toExceptionObject(Object v, String msg) {
        if (v instanceof PyClass c) {
            if (!c.isExceptionClass()) {
                throw typeError(msg);
            }
            Object inst = c.call(new Object[0], null);
            if (!(inst instanceof PyBaseExceptionObject e)) {
                throw typeError("calling " + PyOps.repr(c) + " should have returned an instance of BaseException, not " + PyOps.typeName(inst));
            }
            return e;
        }
        if (v instanceof PyBaseExceptionObject e) {
            return e;
        }
        throw typeError(msg);
    }

    /**
     * PEP 479: a StopIteration escaping a generator's body ({@code e}, already with the body's frame in
     * its traceback) becomes a RuntimeError caused by it, raised where the generator was resumed.
     */
    public static PyException generatorRaisedStopIteration(PyException e) {
        PyException re = runtimeError("generator raised StopIteration");
        if (re.getPyException() instanceof PyBaseExceptionObject obj) {
            obj.setCause(e.getPyException());
        }
        return re;
    }
}
