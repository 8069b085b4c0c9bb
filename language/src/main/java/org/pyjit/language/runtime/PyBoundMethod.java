package org.pyjit.language.runtime;

/** A function bound to its first argument ({@code obj.method}); calling prepends self. */
public final class PyBoundMethod extends PyObject implements PyCallable {
    private final Object self;
    private final Object function;

    public PyBoundMethod(Object self, Object function) {
        super(EMPTY_SHAPE);
        this.self = self;
        this.function = function;
    }

    @Override
    public PyClass getPyClass() {
        return function instanceof PyBuiltinFunction ? PyTypes.BUILTIN_FUNCTION : PyTypes.METHOD;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        if (function instanceof PyCallable c) {
            return c.call(a, kwNames);
        }
        return PyOps.call(function, a, kwNames);
    }
}
