package org.pyjit.language.runtime;

/** {@code property(fget, fset, fdel, doc)}; any part may be None. */
public final class PyProperty extends PyObject {
    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final Object doc;
    /** The name the owning class bound it to ({@code __set_name__}), or null: error messages show it. */
    private String name;

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

    /** property.__set_name__: the first class to bind it names it (CPython 3.11 keeps the first name too). */
    public void setName(String name) {
        if (this.name == null) {
            this.name = name;
        }
    }

    /** CPython's AttributeError for a missing getter, setter or deleter, e.g. "property 'x' of 'P' object has no setter". */
    public String missing(PyClass type, String accessor) {
        String owner = "'" + type.getQualName() + "' object has no " + accessor;
        return name == null ? "property of " + owner : "property '" + name + "' of " + owner;
    }
}
