package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyLanguage;

/**
 * The variables of a function or class body frame as an interop scope, which is what debuggers
 * list as its locals: members are the variables bound when the scope was taken (CPython's
 * {@code locals()} leaves unbound ones out too), parameters first; values are read from the frame
 * when asked, and a debugger may assign them. Without a frame (a lexical scope) members are all
 * the variables, each read as None.
 */
@ExportLibrary(InteropLibrary.class)
public final class PyFrameScope implements TruffleObject {
    private final PyFrameLayout layout;
    /** The frame holding the variables (a generator's own frame, not its body root's), or null. */
    private final Frame frame;
    private final String name;
    private final SourceSection section;
    private final String[] members;

    private PyFrameScope(PyFrameLayout layout, Frame frame, String name, SourceSection section) {
        this.layout = layout;
        this.frame = frame;
        this.name = name;
        this.section = section;
        this.members = boundNames();
    }

    /**
     * The scope of {@code frame} laid out by {@code layout}: a module's is its globals ({@link PyGlobalsScope}).
     */
    public static Object create(PyFrameLayout layout, Frame frame, String name, SourceSection section) {
        if (layout.getKind() == PyFrameLayout.Kind.MODULE) {
            return new PyGlobalsScope(layout.getGlobals());
        }
        return new PyFrameScope(layout, frame, name, section);
    }

    /** The function a function frame runs, or null. */
    public static Object rootInstance(PyFrameLayout layout, Frame frame) {
        if (layout.getKind() == PyFrameLayout.Kind.FUNCTION && frame != null) {
            Object[] args = frame.getArguments();
            if (args.length > 0 && args[0] instanceof PyFunction f) {
                return f;
            }
        }
        return null;
    }

    private String[] boundNames() {
        List<String> names = new ArrayList<>();
        if (layout.getKind() == PyFrameLayout.Kind.CLASS_BODY) {
            PyDict ns = namespace();
            if (ns != null) {
                for (Object key : ns.keys()) {
                    if (key instanceof String s) {
                        names.add(s);
                    }
                }
            }
            return names.toArray(new String[0]);
        }
        for (int i = 0; i < layout.size(); i++) {
            if (!layout.isInternal(i) && (frame == null || value(i) != null)) {
                names.add(layout.getName(i));
            }
        }
        return names.toArray(new String[0]);
    }

    private PyDict namespace() {
        return PyFrameLayout.namespace(frame);
    }

    /** The value of variable {@code i} in the frame, or null when it is unbound. */
    private Object value(int i) {
        return layout.value(frame, i);
    }

    /** A variable's value as an interop value: an int beyond 64 bits wrapped. */
    private static Object toInterop(Object v) {
        Object r = PyInterop.toForeign(v);
        return InteropLibrary.isValidValue(r) ? r : PyInterop.displayString(v);
    }

    private Object read(String member) throws UnknownIdentifierException {
        if (layout.getKind() == PyFrameLayout.Kind.CLASS_BODY) {
            PyDict ns = namespace();
            Object v = ns == null ? null : ns.get(member);
            if (v == null) {
                throw UnknownIdentifierException.create(member);
            }
            return v;
        }
        int i = layout.indexOf(member);
        if (i < 0 || layout.isInternal(i)) {
            throw UnknownIdentifierException.create(member);
        }
        if (frame == null) {
            return PyNone.NONE;
        }
        Object v = value(i);
        if (v == null) {
            throw UnknownIdentifierException.create(member);
        }
        return v;
    }

    private boolean isBound(String member) {
        try {
            read(member);
            return true;
        } catch (UnknownIdentifierException e) {
            return false;
        }
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
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new PyInteropStrings(members);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return isBound(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return toInterop(read(member));
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        return frame != null && isBound(member);
    }

    @ExportMessage
    boolean isMemberInsertable(@SuppressWarnings("unused") String member) {
        return false;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException {
        if (!isMemberModifiable(member)) {
            throw UnknownIdentifierException.create(member);
        }
        Object v = PyInterop.fromForeign(value);
        if (layout.getKind() == PyFrameLayout.Kind.CLASS_BODY) {
            namespace().put(member, v);
            return;
        }
        layout.setValue(frame, layout.indexOf(member), v);
    }

    @ExportMessage
    boolean hasScopeParent() {
        return false;
    }

    @ExportMessage
    Object getScopeParent() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return section != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }
}
