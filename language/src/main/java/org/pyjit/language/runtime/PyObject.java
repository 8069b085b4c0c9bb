package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.Shape;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyLanguage;

/**
 * Base of every Python value that is not a Java primitive box or String. Its interop messages (for
 * embedders and other languages; never used by Python code itself) are in {@link PyObjectInterop}.
 */
@ExportLibrary(InteropLibrary.class)
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

    // ------------------------------------------------------------------------------------ interop

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    final Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyInterop.displayString(this);
    }

    @ExportMessage
    final boolean isNull() {
        return this == PyNone.NONE;
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return getPyClass();
    }

    @ExportMessage
    final boolean isMetaObject() {
        return this instanceof PyClass;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaQualifiedName() throws UnsupportedMessageException {
        return PyObjectInterop.metaQualifiedName(this);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMetaSimpleName() throws UnsupportedMessageException {
        return PyObjectInterop.metaSimpleName(this);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        return PyObjectInterop.isMetaInstance(this, instance);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isExecutable() {
        return PyObjectInterop.isExecutable(this);
    }

    @ExportMessage
    @TruffleBoundary
    final Object execute(Object[] arguments) throws UnsupportedMessageException {
        return PyObjectInterop.execute(this, arguments);
    }

    @ExportMessage
    final boolean isInstantiable() {
        return this instanceof PyClass;
    }

    @ExportMessage
    @TruffleBoundary
    final Object instantiate(Object[] arguments) throws UnsupportedMessageException {
        if (!(this instanceof PyClass)) {
            throw UnsupportedMessageException.create();
        }
        return PyObjectInterop.execute(this, arguments);
    }

    @ExportMessage
    final boolean hasArrayElements() {
        return this instanceof PyList || this instanceof PyTuple;
    }

    @ExportMessage
    final long getArraySize() throws UnsupportedMessageException {
        return PyObjectInterop.arraySize(this);
    }

    @ExportMessage
    final boolean isArrayElementReadable(long index) {
        return PyObjectInterop.isIndexIn(this, index);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        return PyObjectInterop.readArrayElement(this, index);
    }

    @ExportMessage
    final boolean isArrayElementModifiable(long index) {
        return this instanceof PyList && PyObjectInterop.isIndexIn(this, index);
    }

    @ExportMessage
    final boolean isArrayElementInsertable(long index) {
        return this instanceof PyList l && index == l.size();
    }

    @ExportMessage
    final boolean isArrayElementRemovable(long index) {
        return this instanceof PyList && PyObjectInterop.isIndexIn(this, index);
    }

    @ExportMessage
    @TruffleBoundary
    final void writeArrayElement(long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyObjectInterop.writeArrayElement(this, index, value);
    }

    @ExportMessage
    @TruffleBoundary
    final void removeArrayElement(long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        PyObjectInterop.removeArrayElement(this, index);
    }

    @ExportMessage
    final boolean hasHashEntries() {
        return this instanceof PyDict;
    }

    @ExportMessage
    final long getHashSize() throws UnsupportedMessageException {
        if (this instanceof PyDict d) {
            return d.size();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    @TruffleBoundary
    final boolean isHashEntryExisting(Object key) {
        return PyObjectInterop.hashContains(this, key);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isHashEntryInsertable(Object key) {
        return this instanceof PyDict && !PyObjectInterop.hashContains(this, key);
    }

    @ExportMessage
    @TruffleBoundary
    final Object readHashValue(Object key) throws UnsupportedMessageException, UnknownKeyException {
        return PyObjectInterop.readHashValue(this, key);
    }

    @ExportMessage
    @TruffleBoundary
    final void writeHashEntry(Object key, Object value) throws UnsupportedMessageException {
        PyObjectInterop.writeHashEntry(this, key, value);
    }

    @ExportMessage
    @TruffleBoundary
    final void removeHashEntry(Object key) throws UnsupportedMessageException, UnknownKeyException {
        PyObjectInterop.removeHashEntry(this, key);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getHashEntriesIterator() throws UnsupportedMessageException {
        return PyObjectInterop.hashEntriesIterator(this);
    }

    @ExportMessage
    final boolean hasMembers() {
        return this != PyNone.NONE;
    }

    @ExportMessage
    @TruffleBoundary
    final Object getMembers(boolean includeInternal) {
        return PyObjectInterop.members(this, includeInternal);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberReadable(String member) {
        return PyObjectInterop.readMemberOrNull(this, member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final Object readMember(String member) throws UnknownIdentifierException {
        Object v = PyObjectInterop.readMemberOrNull(this, member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return PyInterop.toForeign(v);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInvocable(String member) {
        Object v = PyObjectInterop.readMemberOrNull(this, member);
        return v != null && PyObjectInterop.isCallable(v);
    }

    @ExportMessage
    @TruffleBoundary
    final Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException, UnsupportedMessageException {
        Object v = PyObjectInterop.readMemberOrNull(this, member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        if (!PyObjectInterop.isCallable(v)) {
            throw UnsupportedMessageException.create();
        }
        return PyObjectInterop.call(v, arguments);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberModifiable(String member) {
        return PyObjectInterop.hasWritableAttributes(this) && PyObjectInterop.readMemberOrNull(this, member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberInsertable(String member) {
        return PyObjectInterop.hasWritableAttributes(this) && PyObjectInterop.readMemberOrNull(this, member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    final void writeMember(String member, Object value) throws UnsupportedMessageException {
        if (!PyObjectInterop.hasWritableAttributes(this)) {
            throw UnsupportedMessageException.create();
        }
        PyOps.setAttr(this, member, PyInterop.fromForeign(value));
    }

    @ExportMessage
    @TruffleBoundary
    final boolean isMemberRemovable(String member) {
        return PyObjectInterop.hasWritableAttributes(this) && PyObjectInterop.readMemberOrNull(this, member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final void removeMember(String member) throws UnsupportedMessageException, UnknownIdentifierException {
        if (!PyObjectInterop.hasWritableAttributes(this)) {
            throw UnsupportedMessageException.create();
        }
        if (PyObjectInterop.readMemberOrNull(this, member) == null) {
            throw UnknownIdentifierException.create(member);
        }
        PyOps.delAttr(this, member);
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasSourceLocation() {
        return PyObjectInterop.sourceLocation(this) != null;
    }

    @ExportMessage
    @TruffleBoundary
    final SourceSection getSourceLocation() throws UnsupportedMessageException {
        SourceSection s = PyObjectInterop.sourceLocation(this);
        if (s == null) {
            throw UnsupportedMessageException.create();
        }
        return s;
    }

    @ExportMessage
    @TruffleBoundary
    final boolean hasIterator() {
        return this != PyNone.NONE && PyOps.isIterable(this);
    }

    @ExportMessage
    @TruffleBoundary
    final Object getIterator() throws UnsupportedMessageException {
        if (!hasIterator()) {
            throw UnsupportedMessageException.create();
        }
        return new PyInteropIterator(PyOps.getIter(this));
    }
}
