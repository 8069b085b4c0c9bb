package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** An instance of a user class; its attributes are the DynamicObject's properties (keys are Strings). */
public class PyInstance extends PyObject {
    private PyClass pyClass;

    public PyInstance(PyClass pyClass) {
        super(pyClass.getInstanceShape());
        this.pyClass = pyClass;
    }

    @Override
    public final PyClass getPyClass() {
        return pyClass;
    }

    public final void setPyClass(PyClass pyClass) {
        this.pyClass = pyClass;
    }

    @TruffleBoundary
    public final void setAttributeValue(String name, Object value) {
        DynamicObjectLibrary.getUncached().put(this, name, value);
    }

    @TruffleBoundary
    public final Object[] getAttributeNames() {
        return DynamicObjectLibrary.getUncached().getKeyArray(this);
    }
}
