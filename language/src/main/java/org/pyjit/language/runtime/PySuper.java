package org.pyjit.language.runtime;

/** {@code super(startClass, self)}: attribute lookup continues after startClass in the MRO of self's type. */
public final class PySuper extends PyObject {
    private final PyClass startClass;
    private final Object self;

    public PySuper(PyClass startClass, Object self) {
        super(EMPTY_SHAPE);
        this.startClass = startClass;
        this.self = self;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.SUPER;
    }

    public PyClass getStartClass() {
        return startClass;
    }

    public Object getSelf() {
        return self;
    }

    /** The class whose MRO is searched: self itself when super() is used in a classmethod. */
    public PyClass getSearchType() {
        if (self instanceof PyClass c && c.isSubclassOf(startClass)) {
            return c;
        }
        return PyOps.typeOf(self);
    }
}
