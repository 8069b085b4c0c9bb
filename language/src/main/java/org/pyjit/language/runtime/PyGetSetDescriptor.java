package org.pyjit.language.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A data descriptor of a builtin type implemented in Java (e.g. BaseException.args, type.__name__). */
public final class PyGetSetDescriptor extends PyObject {
    private final String name;
    private final PyClass owner;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    public PyGetSetDescriptor(String name, PyClass owner, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        super(EMPTY_SHAPE);
        this.name = name;
        this.owner = owner;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.GETSET_DESCRIPTOR;
    }

    public String getName() {
        return name;
    }

    public PyClass getOwner() {
        return owner;
    }

    public Object get(Object obj) {
        return getter.apply(obj);
    }

    /** False when the attribute is read-only. */
    public boolean canSet() {
        return setter != null;
    }

    public void set(Object obj, Object value) {
        setter.accept(obj, value);
    }
}
