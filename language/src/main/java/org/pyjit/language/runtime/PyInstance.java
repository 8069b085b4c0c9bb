package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user class. Its attributes are the DynamicObject's properties (keys are Strings)
 * until its {@code __dict__} is asked for: from then on they live in that dict, which the program
 * may change directly ({@code self.__dict__.update(kw)}), as CPython's materialized dict does.
 */
public class PyInstance extends PyObject {
    private PyClass pyClass;
    /**
     * A property that marks the shapes of instances whose attributes moved into {@link #dict()}: the
     * shape-cached paths decide once per shape, with no check per access (not a String, so never an
     * attribute name).
     */
    private static final Object IN_DICT = new Object();
    /** The attributes once {@code __dict__} was read; null while they are the shape's properties. */
    private PyDict dict;

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

    /** Whether the attributes live in {@link #dict()}; the shape-cached attribute paths then step aside. */
    public final boolean hasDict() {
        return dict != null;
    }

    /** Its {@code __dict__}, the same dict every time: the first request moves the attributes into it. */
    @TruffleBoundary
    public final PyDict dict() {
        if (dict == null) {
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            PyDict d = new PyDict();
            for (Object key : lib.getKeyArray(this)) {
                if (!(key instanceof String name && pyClass.isSlot(name))) {
                    d.put(key, lib.getOrDefault(this, key, PyNone.NONE));
                    lib.removeKey(this, key);
                }
            }
            lib.put(this, IN_DICT, Boolean.TRUE);
            dict = d;
        }
        return dict;
    }

    /** Whether instances of {@code shape} keep their attributes in their {@code __dict__}. */
    public static boolean attributesInDict(Shape shape) {
        return shape.hasProperty(IN_DICT);
    }

    /** An attribute of its own, or null. */
    @TruffleBoundary
    public final Object getOwnAttribute(String name) {
        return inDict(name) ? dict.get(name) : DynamicObjectLibrary.getUncached().getOrDefault(this, name, null);
    }

    /** Whether attribute {@code name} lives in the dict: every one once there is a dict, but slots. */
    private boolean inDict(String name) {
        return dict != null && !pyClass.isSlot(name);
    }

    @TruffleBoundary
    public final void setAttributeValue(String name, Object value) {
        if (inDict(name)) {
            dict.put(name, value);
        } else {
            DynamicObjectLibrary.getUncached().put(this, name, value);
        }
    }

    /** Removes an attribute of its own; false when it has none of that name. */
    @TruffleBoundary
    public final boolean deleteOwnAttribute(String name) {
        return inDict(name) ? dict.remove(name) : DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    @TruffleBoundary
    public final Object[] getAttributeNames() {
        if (dict != null) {
            List<Object> names = new ArrayList<>();
            for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(this)) {
                if (key instanceof String) {
                    names.add(key); // slots
                }
            }
            for (Object key : dict.keys()) {
                names.add(key);
            }
            return names.toArray();
        }
        return DynamicObjectLibrary.getUncached().getKeyArray(this);
    }
}
