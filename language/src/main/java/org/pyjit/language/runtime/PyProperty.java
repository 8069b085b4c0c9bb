package org.pyjit.language.runtime;

/** {@code property(fget, fset, fdel, doc)}; any part may be None. */
public final class PyProperty extends PyObject {
    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final Object doc;

    public PyProperty(Object getter, Object setter, Object deleter, Object doc) {
        super(EMPTY_SHAPE);
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.PROPERTY;
    }

    public Object getGetter() {
        return getter;
    }

    public Object getSetter() {
        return setter;
    }

    public Object getDeleter() {
        return deleter;
    }

    public Object getDoc() {
        return doc;
    }
}
