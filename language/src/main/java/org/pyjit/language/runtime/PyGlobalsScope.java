package org.pyjit.language.runtime;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import org.pyjit.language.PyLanguage;

/**
 * A module's globals as an interop scope: the {@code __main__} module's are
 * {@code Context.getBindings("pyjit")}, and any module's are what a debugger shows for its
 * module-level code. Members are the bound global variables; embedders may read, write and remove them.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyGlobalsScope implements TruffleObject {
    private final PyGlobals globals;

    public PyGlobalsScope(PyGlobals globals) {
        this.globals = globals;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyLanguage.class;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<String> names = globals.boundNames();
        return new PyInteropStrings(names.toArray(new String[0]));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return globals.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object v = globals.get(member);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return PyInterop.toForeign(v);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return globals.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return globals.get(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        globals.put(member, PyInterop.fromForeign(value));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberRemovable(String member) {
        return globals.get(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        if (globals.get(member) == null) {
            throw UnknownIdentifierException.create(member);
        }
        globals.getCell(member).set(null);
    }

    @ExportMessage
    boolean hasScopeParent() {
        return false;
    }

    @ExportMessage
    Object getScopeParent() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<module '" + globals.getModuleName() + "'>";
    }
}
