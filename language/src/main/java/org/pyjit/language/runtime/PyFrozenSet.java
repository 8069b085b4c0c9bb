package org.pyjit.language.runtime;

public final class PyFrozenSet extends PyAbstractSet {
    public PyFrozenSet() {
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.FROZENSET;
    }

    @Override
    public PyAbstractSet newEmpty() {
        return new PyFrozenSet();
    }
}
