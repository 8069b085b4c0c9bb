package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import java.math.BigInteger;

import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRepr;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** BaseException's methods and attributes (args, __cause__, ...) and the extra attributes of some subclasses. */
final class PyExceptionMethods {
    private PyExceptionMethods() {
    }

    private static PyBaseExceptionObject exc(Object self) {
        if (self instanceof PyBaseExceptionObject e) {
            return e;
        }
        throw PyErrors.typeError("descriptor requires a 'BaseException' object but received a '" + PyOps.typeName(self) + "'");
    }

    /** BaseException.__init__'s part: no keywords, and the arguments after self become args. */
    private static Object[] setArgs(PyBaseExceptionObject e, Object[] args, String[] kw) {
        if (PyArgs.kwCount(kw) > 0) {
            throw PyErrors.typeError(e.getPyClass().getName() + "() takes no keyword arguments");
        }
        Object[] a = new Object[args.length - 1];
        System.arraycopy(args, 1, a, 0, a.length);
        e.setArgs(a);
        return a;
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    static void install() {
        PyClass b = PyTypes.BASE_EXCEPTION;
        def(b, "__init__", (args, kw) -> {
            setArgs(exc(args[0]), args, kw);
            return PyNone.NONE;
        });
        def(b, "__str__", (args, kw) -> PyRepr.exceptionStr(exc(args[0])));
        def(b, "__repr__", (args, kw) -> PyRepr.exceptionRepr(exc(args[0])));
        def(b, "add_note", (args, kw) -> {
            PyTypeSetup.checkSelfCount(b, "add_note", args, kw, 1, 1);
            if (!(args[1] instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '" + PyOps.typeName(args[1]) + "'");
            }
            Object notes = PyOps.getAttrOrNull(args[0], "__notes__");
            if (notes == null) {
                notes = new PyList(new Object[0]);
                PyOps.setAttr(args[0], "__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw PyErrors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).append(args[1]);
            return PyNone.NONE;
        });
        def(b, "with_traceback", (args, kw) -> {
            PyTypeSetup.checkSelfCount(b, "with_traceback", args, kw, 1, 1);
            exc(args[0]).setTraceback(args[1] == PyNone.NONE ? null : args[1]);
            return args[0];
        });
        getset(b, "args", self -> new PyTuple(exc(self).getArgs()), (self, v) -> exc(self).setArgs(PyOps.toArray(v)));
        getset(b, "__cause__", self -> orNone(exc(self).getCause()), (self, v) -> {
            if (v != PyNone.NONE && !(v instanceof PyBaseExceptionObject)) {
                throw PyErrors.typeError("exception cause must be None or derive from BaseException");
            }
            exc(self).setCause(v);
        });
        getset(b, "__context__", self -> orNone(exc(self).getContext()), (self, v) -> exc(self).setContext(v == PyNone.NONE ? null : v));
        getset(b, "__suppress_context__", self -> exc(self).isSuppressContext(), (self, v) -> exc(self).setSuppressContext(PyOps.isTrue(v)));
        getset(b, "__traceback__", self -> orNone(exc(self).getTraceback()), (self, v) -> exc(self).setTraceback(v == PyNone.NONE ? null : v));

        def(PyTypes.KEY_ERROR, "__str__", (args, kw) -> {
            PyBaseExceptionObject e = exc(args[0]);
            if (e.getArgs().length == 1) {
                return PyOps.repr(e.getArgs()[0]);
            }
            return PyRepr.exceptionStr(e);
        });
        getset(PyTypes.STOP_ITERATION, "value", self -> {
            Object[] a = exc(self).getArgs();
            return a.length == 0 ? PyNone.NONE : a[0];
        }, null);
        getset(PyTypes.SYSTEM_EXIT, "code", self -> {
            Object[] a = exc(self).getArgs();
            return a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : new PyTuple(a);
        }, null);
        installOSError();
        installUnicodeErrors();
    }

    /** OSError's attributes kept outside args, as {@link PyBaseExceptionObject#getField} indexes. */
    private static final int ERRNO = 0;
    private static final int STRERROR = 1;
    private static final int FILENAME = 2;
    private static final int FILENAME2 = 3;
    private static final int OS_FIELDS = 4;

    /**
     * OSError as CPython's: {@code OSError(errno, strerror[, filename[, winerror[, filename2]]])} sets
     * the attributes and keeps only (errno, strerror) in args when a filename is given, and
     * {@code OSError(2, 'x')} makes the subclass for that errno (FileNotFoundError). As in CPython the
     * arguments are parsed by __new__, unless a subclass overrides __init__ (and not __new__): then
     * args start empty and OSError.__init__ parses what the subclass passes to it.
     */
    private static void installOSError() {
        PyClass os = PyTypes.OS_ERROR;
        PyBuiltinFunction[] init = new PyBuiltinFunction[1];
        PyStaticMethod[] newMethod = new PyStaticMethod[1];
        newMethod[0] = new PyStaticMethod(new PyBuiltinFunction("__new__", null, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyClass cls) || !cls.isSubclassOf(os)) {
                throw PyErrors.typeError("OSError.__new__(X): X is not a subtype of OSError");
            }
            Object[] pos = new Object[args.length - 1 - PyArgs.kwCount(kw)];
            System.arraycopy(args, 1, pos, 0, pos.length);
            if (usesInit(cls, init[0], newMethod[0])) {
                return new PyBaseExceptionObject(cls, new Object[0]);
            }
            if (PyArgs.kwCount(kw) > 0) {
                throw PyErrors.typeError(cls.getName() + "() takes no keyword arguments");
            }
            PyClass type = cls;
            if (cls == os && pos.length >= 2 && pos.length <= 5) {
                type = errnoSubclass(pos[0]);
            }
            PyBaseExceptionObject e = new PyBaseExceptionObject(type, pos);
            parseOSErrorArgs(e, pos);
            return e;
        }));
        os.setAttribute("__new__", newMethod[0]);
        init[0] = def(os, "__init__", (args, kw) -> {
            PyBaseExceptionObject e = exc(args[0]);
            if (!usesInit(e.getPyClass(), init[0], newMethod[0])) {
                return PyNone.NONE; // __new__ parsed the arguments
            }
            Object[] a = setArgs(e, args, kw);
            parseOSErrorArgs(e, a);
            return PyNone.NONE;
        });
        def(os, "__str__", (args, kw) -> {
            PyBaseExceptionObject e = exc(args[0]);
            Object errno = e.getField(ERRNO);
            Object strerror = e.getField(STRERROR);
            Object filename = e.getField(FILENAME);
            if (filename != null) {
                String head = "[Errno " + PyOps.str(orNone(errno)) + "] " + PyOps.str(orNone(strerror)) + ": " + PyOps.repr(filename);
                Object filename2 = e.getField(FILENAME2);
                return filename2 == null ? head : head + " -> " + PyOps.repr(filename2);
            }
            if (errno != null && strerror != null) {
                return "[Errno " + PyOps.str(errno) + "] " + PyOps.str(strerror);
            }
            return PyRepr.exceptionStr(e);
        });
        String[] names = {"errno", "strerror", "filename", "filename2"};
        for (int i = 0; i < OS_FIELDS; i++) {
            int field = i;
            getset(os, names[i], self -> orNone(exc(self).getField(field)), (self, v) -> exc(self).setField(field, OS_FIELDS, v));
        }
    }

    /** CPython's rule: a subclass that overrides __init__ but not __new__ parses its arguments in __init__. */
    private static boolean usesInit(PyClass type, Object osInit, Object osNew) {
        return type.lookup("__init__") != osInit && type.lookup("__new__") == osNew;
    }

    private static void parseOSErrorArgs(PyBaseExceptionObject e, Object[] a) {
        if (a.length < 2 || a.length > 5) {
            return;
        }
        e.setField(ERRNO, OS_FIELDS, a[0]);
        e.setField(STRERROR, OS_FIELDS, a[1]);
        Object filename = a.length >= 3 ? a[2] : PyNone.NONE;
        if (filename == PyNone.NONE) {
            return;
        }
        if (e.getPyClass() == PyTypes.BLOCKING_IO_ERROR && isNumber(filename)) {
            return; // BlockingIOError's third argument is characters_written, not a file name
        }
        e.setField(FILENAME, OS_FIELDS, filename);
        if (a.length == 5 && a[4] != PyNone.NONE) {
            e.setField(FILENAME2, OS_FIELDS, a[4]);
        }
        // The file names (and winerror) are left out of args, for compatibility as CPython says.
        e.setArgs(new Object[]{a[0], a[1]});
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double;
    }

    /** The OSError subclass CPython (on Linux) makes for an errno, OSError for the others. */
    private static PyClass errnoSubclass(Object errno) {
        if (!(errno instanceof Long || errno instanceof Boolean)) {
            return PyTypes.OS_ERROR;
        }
        long n = errno instanceof Boolean b ? (b ? 1 : 0) : (Long) errno;
        return switch ((int) Math.max(Math.min(n, 1000), -1)) {
            case 1, 13 -> PyTypes.PERMISSION_ERROR; // EPERM, EACCES
            case 2 -> PyTypes.FILE_NOT_FOUND_ERROR; // ENOENT
            case 3 -> PyTypes.PROCESS_LOOKUP_ERROR; // ESRCH
            case 4 -> PyTypes.INTERRUPTED_ERROR; // EINTR
            case 10 -> PyTypes.CHILD_PROCESS_ERROR; // ECHILD
            case 11, 114, 115 -> PyTypes.BLOCKING_IO_ERROR; // EAGAIN, EALREADY, EINPROGRESS
            case 17 -> PyTypes.FILE_EXISTS_ERROR; // EEXIST
            case 20 -> PyTypes.NOT_A_DIRECTORY_ERROR; // ENOTDIR
            case 21 -> PyTypes.IS_A_DIRECTORY_ERROR; // EISDIR
            case 32, 108 -> PyTypes.BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> PyTypes.CONNECTION_ABORTED_ERROR; // ECONNABORTED
            case 104 -> PyTypes.CONNECTION_RESET_ERROR; // ECONNRESET
            case 110 -> PyTypes.TIMEOUT_ERROR; // ETIMEDOUT
            case 111 -> PyTypes.CONNECTION_REFUSED_ERROR; // ECONNREFUSED
            default -> PyTypes.OS_ERROR;
        };
    }

    /**
     * UnicodeEncodeError(encoding, object, start, end, reason), UnicodeDecodeError (the same with a
     * bytes object, which pyjit does not have, so constructing one always fails as in CPython for a
     * non-bytes object) and UnicodeTranslateError(object, start, end, reason): CPython's argument
     * checks and messages; the attributes are read from args.
     */
    private static void installUnicodeErrors() {
        defUnicodeError(PyTypes.UNICODE_ENCODE_ERROR, true);
        defUnicodeError(PyTypes.UNICODE_DECODE_ERROR, true);
        defUnicodeError(PyTypes.UNICODE_TRANSLATE_ERROR, false);
    }

    private static void defUnicodeError(PyClass c, boolean hasEncoding) {
        int n = hasEncoding ? 5 : 4;
        int objectIndex = hasEncoding ? 1 : 0;
        def(c, "__init__", (args, kw) -> {
            PyBaseExceptionObject e = exc(args[0]);
            Object[] a = setArgs(e, args, kw);
            if (a.length != n) {
                throw PyErrors.typeError("function takes exactly " + n + " arguments (" + a.length + " given)");
            }
            for (int i = 0; i < n; i++) {
                if (i == objectIndex + 1 || i == objectIndex + 2) {
                    PyOps.indexAsLong(a[i]);
                } else if (!(a[i] instanceof String) && !(i == objectIndex && c == PyTypes.UNICODE_DECODE_ERROR)) {
                    throw PyErrors.typeError("argument " + (i + 1) + " must be str, not " + PyOps.typeName(a[i]));
                }
            }
            if (c == PyTypes.UNICODE_DECODE_ERROR) {
                throw PyErrors.typeError("a bytes-like object is required, not '" + PyOps.typeName(a[1]) + "'");
            }
            return PyNone.NONE;
        });
        String[] names = hasEncoding ? new String[]{"encoding", "object", "start", "end", "reason"} : new String[]{"object", "start", "end", "reason"};
        for (int i = 0; i < n; i++) {
            int index = i;
            getset(c, names[i], self -> {
                Object[] a = exc(self).getArgs();
                return a.length == n ? a[index] : PyNone.NONE;
            }, null);
        }
        if (c == PyTypes.UNICODE_DECODE_ERROR) {
            return;
        }
        def(c, "__str__", (args, kw) -> {
            Object[] a = exc(args[0]).getArgs();
            if (a.length != n || !(a[objectIndex] instanceof String object)) {
                return "";
            }
            long start = PyOps.indexAsLong(a[objectIndex + 1]);
            long end = PyOps.indexAsLong(a[objectIndex + 2]);
            String reason = PyOps.str(a[objectIndex + 3]);
            String what = hasEncoding ? "'" + PyOps.str(a[0]) + "' codec can't encode" : "can't translate";
            if (start >= 0 && start < object.codePointCount(0, object.length()) && end == start + 1) {
                int ch = object.codePointAt(object.offsetByCodePoints(0, (int) start));
                String shown = ch <= 0xff ? String.format("\\x%02x", ch) : ch <= 0xffff ? String.format("\\u%04x", ch) : String.format("\\U%08x", ch);
                return what + " character '" + shown + "' in position " + start + ": " + reason;
            }
            return what + " characters in position " + start + "-" + (end - 1) + ": " + reason;
        });
    }
}
