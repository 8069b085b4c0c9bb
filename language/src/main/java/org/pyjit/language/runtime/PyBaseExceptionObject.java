package org.pyjit.language.runtime;

/** An instance of BaseException or of any subclass (builtin or user). */
public final class PyBaseExceptionObject extends PyInstance {
    private Object[] args;
    private Object cause;
    private Object context;
    private boolean suppressContext;
    private Object traceback;
    /**
     * The attributes a builtin subclass keeps outside args (OSError's errno, strerror, filename and
     * filename2), indexed by that subclass; null until one is set, an element null while unset.
     */
    private Object[] fields;

    public PyBaseExceptionObject(PyClass type, Object[] args) {
        super(type);
        this.args = args;
    }

    public Object[] getArgs() {
        return args;
    }

    public void setArgs(Object[] args) {
        this.args = args;
    }

    /** The {@code __cause__} ({@code raise X from Y}), null when unset. */
    public Object getCause() {
        return cause;
    }

    /** Also sets {@code __suppress_context__}, as {@code raise ... from ...} does. */
    public void setCause(Object cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    /** Field {@code i} of a builtin subclass (see {@link #fields}), null when unset. */
    public Object getField(int i) {
        return fields == null ? null : fields[i];
    }

    public void setField(int i, int count, Object value) {
        if (fields == null) {
            fields = new Object[count];
        }
        fields[i] = value;
    }
}
