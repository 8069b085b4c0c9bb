package org.pyjit.language.runtime;

import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;

/** Base of every Python value that is not a Java primitive box or String. */
public abstract class PyObject extends DynamicObject implements TruffleObject {
    /** The shared root shape of objects that never carry attributes of their own. */
    public static final Shape EMPTY_SHAPE = Shape.newBuilder().build();

    private static long nextId = 0x7f3a5c000010L;

    /** The value of id(): assigned on first request so that objects that never need one pay nothing but the field. */
    private long pyId;

    protected PyObject(Shape shape) {
        super(shape);
    }

    public abstract PyClass getPyClass();

    public final long getPyId() {
        if (pyId == 0) {
            pyId = nextId;
            nextId += 0x30;
        }
        return pyId;
    }
}
