package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;

/**
 * Python operations on foreign objects (Java objects passed in by the embedder, values of other
 * languages), through the interop protocol: attributes and method calls are members, indexing and
 * len() work on arrays (Java arrays and Lists) and hashes (Maps), iteration on arrays, iterables
 * and hashes (their keys). Values read from them enter Python through {@link PyInterop#fromForeign}.
 */
public final class PyForeign {
    /** type() of a foreign object. */
    public static final PyClass FOREIGN = PyClass.builtin("foreign", PyTypes.OBJECT);
    static final PyClass FOREIGN_ITERATOR = PyClass.builtin("foreign_iterator", PyTypes.OBJECT);

    private PyForeign() {
    }

    public static boolean isForeign(Object v) {
        return v instanceof TruffleObject && !(v instanceof PyObject);
    }

    private static InteropLibrary lib(Object v) {
        return InteropLibrary.getUncached(v);
    }

    // ------------------------------------------------------------------------------------ attributes

    /** The member, or null when the object has none of that name. */
    @TruffleBoundary
    public static Object getAttrOrNull(Object obj, String name) {
        InteropLibrary l = lib(obj);
        if (!l.isMemberReadable(obj, name)) {
            return null;
        }
        try {
            return PyInterop.fromForeign(l.readMember(obj, name));
        } catch (UnknownIdentifierException e) {
            return null;
        } catch (UnsupportedMessageException e) {
            throw PyErrors.typeError("foreign object does not allow reading its members");
        }
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        try {
            lib(obj).writeMember(obj, name, PyInterop.toForeign(value));
        } catch (UnknownIdentifierException | UnsupportedMessageException e) {
            throw PyErrors.attributeError("'foreign' object has no attribute '" + name + "'");
        } catch (UnsupportedTypeException e) {
            throw PyErrors.typeError("cannot assign a value of type '" + PyOps.typeName(value) + "' to the foreign attribute '" + name + "'");
        }
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        try {
            lib(obj).removeMember(obj, name);
        } catch (UnknownIdentifierException | UnsupportedMessageException e) {
            throw PyErrors.attributeError("'foreign' object has no attribute '" + name + "'");
        }
    }

    // ------------------------------------------------------------------------------------ calls

    @TruffleBoundary
    public static Object call(Object callee, Object[] args, String[] kwNames) {
        if (kwNames != null && kwNames.length > 0) {
            throw PyErrors.typeError("foreign callables take no keyword arguments");
        }
        InteropLibrary l = lib(callee);
        Object[] a = PyInterop.toForeign(args);
        try {
            if (l.isExecutable(callee)) {
                return PyInterop.fromForeign(l.execute(callee, a));
            } else if (l.isInstantiable(callee)) {
                return PyInterop.fromForeign(l.instantiate(callee, a));
            }
        } catch (ArityException e) {
            throw PyErrors.typeError("foreign function takes " + e.getExpectedMinArity() + " arguments (" + e.getActualArity() + " given)");
        } catch (UnsupportedTypeException e) {
            throw PyErrors.typeError("invalid argument types for a foreign function: " + e.getMessage());
        } catch (UnsupportedMessageException e) {
            // Falls through to "not callable".
        }
        throw PyErrors.typeError("'foreign' object is not callable");
    }

    public static boolean isCallable(Object v) {
        InteropLibrary l = lib(v);
        return l.isExecutable(v) || l.isInstantiable(v);
    }

    // ------------------------------------------------------------------------------------ items

    private static long index(Object key, long size) {
        long i = PyOps.indexAsLong(key);
        return i < 0 ? i + size : i;
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        InteropLibrary l = lib(obj);
        try {
            if (l.hasArrayElements(obj)) {
                long i = index(key, l.getArraySize(obj));
                if (!l.isArrayElementReadable(obj, i)) {
                    throw PyErrors.indexError("index out of range");
                }
                return PyInterop.fromForeign(l.readArrayElement(obj, i));
            } else if (l.hasHashEntries(obj)) {
                return PyInterop.fromForeign(l.readHashValue(obj, PyInterop.toForeign(key)));
            }
        } catch (InvalidArrayIndexException e) {
            throw PyErrors.indexError("index out of range");
        } catch (UnknownKeyException e) {
            throw PyErrors.keyError(key);
        } catch (UnsupportedMessageException e) {
            // Falls through.
        }
        throw PyErrors.typeError("'foreign' object is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        InteropLibrary l = lib(obj);
        try {
            if (l.hasArrayElements(obj)) {
                l.writeArrayElement(obj, index(key, l.getArraySize(obj)), PyInterop.toForeign(value));
                return;
            } else if (l.hasHashEntries(obj)) {
                l.writeHashEntry(obj, PyInterop.toForeign(key), PyInterop.toForeign(value));
                return;
            }
        } catch (InvalidArrayIndexException e) {
            throw PyErrors.indexError("assignment index out of range");
        } catch (UnsupportedTypeException e) {
            throw PyErrors.typeError("cannot store a value of type '" + PyOps.typeName(value) + "' in this foreign object");
        } catch (UnsupportedMessageException | UnknownKeyException e) {
            // Falls through.
        }
        throw PyErrors.typeError("'foreign' object does not support item assignment");
    }

    @TruffleBoundary
    public static long len(Object obj) {
        InteropLibrary l = lib(obj);
        try {
            if (l.hasArrayElements(obj)) {
                return l.getArraySize(obj);
            } else if (l.hasHashEntries(obj)) {
                return l.getHashSize(obj);
            } else if (l.isString(obj)) {
                return PyCodePoints.length(l.asString(obj));
            }
        } catch (UnsupportedMessageException e) {
            // Falls through.
        }
        throw PyErrors.typeError("object of type 'foreign' has no len()");
    }

    @TruffleBoundary
    public static boolean isTrue(Object obj) {
        InteropLibrary l = lib(obj);
        if (l.isNull(obj)) {
            return false;
        }
        if (l.hasArrayElements(obj) || l.hasHashEntries(obj)) {
            return len(obj) != 0;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------ iteration

    @TruffleBoundary
    public static boolean isIterable(Object obj) {
        InteropLibrary l = lib(obj);
        return l.hasArrayElements(obj) || l.hasIterator(obj) || l.hasHashEntries(obj) || l.isIterator(obj);
    }

    @TruffleBoundary
    public static Object getIter(Object obj) {
        InteropLibrary l = lib(obj);
        try {
            if (l.hasArrayElements(obj)) {
                return new ArrayIterator(obj);
            } else if (l.hasHashEntries(obj)) {
                return new InteropIterator(l.getHashKeysIterator(obj));
            } else if (l.hasIterator(obj)) {
                return new InteropIterator(l.getIterator(obj));
            } else if (l.isIterator(obj)) {
                return new InteropIterator(obj);
            }
        } catch (UnsupportedMessageException e) {
            // Falls through.
        }
        throw PyErrors.typeError("'foreign' object is not iterable");
    }

    /** Reads a foreign array by index, so that it sees the array as it is at each step (like a list iterator). */
    static final class ArrayIterator extends PyObject implements PyIterator {
        private final Object array;
        private long index;

        ArrayIterator(Object array) {
            super(EMPTY_SHAPE);
            this.array = array;
        }

        @Override
        public PyClass getPyClass() {
            return FOREIGN_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            InteropLibrary l = lib(array);
            try {
                if (index < l.getArraySize(array)) {
                    return PyInterop.fromForeign(l.readArrayElement(array, index++));
                }
            } catch (InteropException e) {
                // The array shrank or stopped being one: the iteration ends.
            }
            index = Long.MAX_VALUE;
            return null;
        }
    }

    /** Walks an interop iterator. */
    static final class InteropIterator extends PyObject implements PyIterator {
        private final Object iterator;

        InteropIterator(Object iterator) {
            super(EMPTY_SHAPE);
            this.iterator = iterator;
        }

        @Override
        public PyClass getPyClass() {
            return FOREIGN_ITERATOR;
        }

        @Override
        @TruffleBoundary
        public Object nextOrNull() {
            InteropLibrary l = lib(iterator);
            try {
                if (l.hasIteratorNextElement(iterator)) {
                    return PyInterop.fromForeign(l.getIteratorNextElement(iterator));
                }
            } catch (StopIterationException | UnsupportedMessageException e) {
                // Exhausted.
            }
            return null;
        }
    }

    // ------------------------------------------------------------------------------------ text

    @TruffleBoundary
    public static String repr(Object obj) {
        try {
            Object text = lib(obj).toDisplayString(obj, true);
            return InteropLibrary.getUncached(text).asString(text);
        } catch (UnsupportedMessageException e) {
            return "<foreign object>";
        }
    }
}
