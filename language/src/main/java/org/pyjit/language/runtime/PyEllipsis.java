package org.pyjit.language.runtime;

public final class PyEllipsis extends PyObject {
    public static final PyEllipsis INSTANCE = new PyEllipsis();

    private PyEllipsis() {
        super(EMPTY_SHAPE);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
