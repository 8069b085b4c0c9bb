package org.pyjit.language.runtime;

public final class PyNotImplemented extends PyObject {
    public static final PyNotImplemented INSTANCE = new PyNotImplemented();

    private PyNotImplemented() {
        super(EMPTY_SHAPE);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.NOT_IMPLEMENTED_TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
