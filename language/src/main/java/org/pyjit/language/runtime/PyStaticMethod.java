package org.pyjit.language.runtime;

public final class PyStaticMethod extends PyObject {
    private final Object function;

    public PyStaticMethod(Object function) {
        super(EMPTY_SHAPE);
        this.function = function;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.STATICMETHOD;
    }

    public Object getFunction() {
        return function;
    }
}
