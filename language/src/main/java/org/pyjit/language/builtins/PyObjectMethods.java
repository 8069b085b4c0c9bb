package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import org.pyjit.language.runtime.PyAttributes;
import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyClassMethod;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyNotImplemented;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRepr;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PyTypes;

/** The methods of {@code object}, which user classes inherit. */
final class PyObjectMethods {
    private PyObjectMethods() {
    }

    static void install() {
        PyClass o = PyTypes.OBJECT;
        def(o, "__init__", (args, kw) -> {
            if (args.length > 1 && PyOps.typeOf(args[0]).lookup("__new__") == o.getOwnAttribute("__new__")) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.NONE;
        });
        o.setAttribute("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", null, (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyClass c)) {
                throw PyErrors.typeError("object.__new__(X): X is not a type object");
            }
            if (c.isExceptionClass()) {
                Object[] rest = new Object[args.length - 1 - PyArgs.kwCount(kw)];
                System.arraycopy(args, 1, rest, 0, rest.length);
                return new PyBaseExceptionObject(c, rest);
            }
            if (c.isBuiltin() && c != o) {
                throw PyErrors.typeError("object.__new__(" + c.getName() + ") is not safe, use " + c.getName() + ".__new__()");
            }
            return new PyInstance(c);
        })));
        def(o, "__repr__", (args, kw) -> PyRepr.defaultObjectRepr(args[0]));
        def(o, "__str__", (args, kw) -> PyOps.repr(args[0]));
        def(o, "__eq__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__eq__", args, kw, 1, 1);
            return args[0] == args[1] ? Boolean.TRUE : PyNotImplemented.INSTANCE;
        });
        def(o, "__ne__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__ne__", args, kw, 1, 1);
            Object eq = PyOps.typeOf(args[0]).lookup("__eq__");
            Object r = eq == null ? PyNotImplemented.INSTANCE : PyOps.callUnbound(eq, args[0], new Object[]{args[1]}, null);
            if (r == PyNotImplemented.INSTANCE) {
                return r;
            }
            return !PyOps.isTrue(r);
        });
        def(o, "__hash__", (args, kw) -> PyOps.identityHash(args[0]));
        def(o, "__setattr__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__setattr__", args, kw, 2, 2);
            PyAttributes.genericSetAttr(args[0], attrName(args[1]), args[2]);
            return PyNone.NONE;
        });
        def(o, "__delattr__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__delattr__", args, kw, 1, 1);
            PyAttributes.genericDelAttr(args[0], attrName(args[1]));
            return PyNone.NONE;
        });
        def(o, "__getattribute__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__getattribute__", args, kw, 1, 1);
            return PyOps.getAttr(args[0], attrName(args[1]));
        });
        def(o, "__format__", (args, kw) -> {
            PyTypeSetup.checkSelfCount(o, "__format__", args, kw, 1, 1);
            String spec = PyArgs.requireStr("__format__", args[1], 1);
            if (!spec.isEmpty()) {
                throw PyErrors.typeError("unsupported format string passed to " + PyOps.typeName(args[0]) + ".__format__");
            }
            return PyOps.str(args[0]);
        });
        def(o, "__dir__", (args, kw) -> PyBuiltinFunctions.dir(args[0]));
        o.setAttribute("__init_subclass__", new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null, (args, kw) -> PyNone.NONE)));
        o.setAttribute("__doc__", PyNone.NONE);
        getset(o, "__class__", PyOps::typeOf, (self, v) -> {
            if (!(v instanceof PyClass c)) {
                throw PyErrors.typeError("__class__ must be set to a class, not '" + PyOps.typeName(v) + "' object");
            }
            if (!(self instanceof PyInstance inst) || c.isBuiltin()) {
                throw PyErrors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
            }
            inst.setPyClass(c);
        });
    }

    static String attrName(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("attribute name must be string, not '" + PyOps.typeName(v) + "'");
    }
}
