package org.pyjit.language.runtime;

public final class PyClassMethod extends PyObject {
    private final Object function;

    public PyClassMethod(Object function) {
        super(EMPTY_SHAPE);
        this.function = function;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.CLASSMETHOD;
    }

    public Object getFunction() {
        return function;
    }
}
