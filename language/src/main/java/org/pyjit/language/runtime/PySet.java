package org.pyjit.language.runtime;

public final class PySet extends PyAbstractSet {
    public PySet() {
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.SET;
    }

    @Override
    public PyAbstractSet newEmpty() {
        return new PySet();
    }
}
