package org.pyjit.language.runtime;

public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone();

    private PyNone() {
        super(EMPTY_SHAPE);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
