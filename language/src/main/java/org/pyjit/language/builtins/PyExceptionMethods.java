package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRepr;
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

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    static void install() {
        PyClass b = PyTypes.BASE_EXCEPTION;
        def(b, "__init__", (args, kw) -> {
            PyBaseExceptionObject e = exc(args[0]);
            if (PyArgs.kwCount(kw) > 0) {
                throw PyErrors.typeError(e.getPyClass().getName() + "() takes no keyword arguments");
            }
            Object[] a = new Object[args.length - 1];
            System.arraycopy(args, 1, a, 0, a.length);
            e.setArgs(a);
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
    }
}
