package org.pyjit.language.builtins;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyGetSetDescriptor;

/** Fills the builtin types with their methods and constructors; run once by PyTypes' initializer. */
public final class PyTypeSetup {
    private PyTypeSetup() {
    }

    public static void install() {
        PyObjectMethods.install();
        PyTypeMethods.install();
        PyExceptionMethods.install();
        PyConstructors.install();
        PyNumberMethods.install();
        PyStrMethods.install();
        PyListMethods.install();
        PyTupleMethods.install();
        PyDictMethods.install();
        PySetMethods.install();
        PyMiscMethods.install();
        PySysModule.installStreamMethods();
        PySysModule.installStructSeqTypes();
        // Last: a type's own definitions above take precedence over the generic special methods.
        PyDunderMethods.install();
    }

    /** Defines a method of a builtin type: the body receives self as args[0]. */
    static PyBuiltinFunction def(PyClass owner, String name, PyBuiltinFunction.Body body) {
        PyBuiltinFunction.Body checked = (args, kw) -> {
            if (args.length == 0) {
                throw org.pyjit.language.runtime.PyErrors.typeError("unbound method " + owner.getName() + "." + name + "() needs an argument");
            }
            if (!org.pyjit.language.runtime.PyOps.typeOf(args[0]).isSubclassOf(owner)) {
                throw org.pyjit.language.runtime.PyErrors.typeError("descriptor '" + name + "' for '" + owner.getName() + "' objects doesn't apply to a '" +
                                org.pyjit.language.runtime.PyOps.typeName(args[0]) + "' object");
            }
            return body.call(args, kw);
        };
        PyBuiltinFunction f = PyBuiltinFunction.method(name, owner, checked, body);
        owner.setAttribute(name, f);
        return f;
    }

    /** Defines a method that takes no argument besides self. */
    static void def0(PyClass owner, String name, Function<Object, Object> body) {
        def(owner, name, (args, kw) -> {
            checkSelfCount(owner, name, args, kw, 0, 0);
            return body.apply(args[0]);
        });
    }

    /** Defines a method that takes exactly one argument besides self. */
    static void def1(PyClass owner, String name, BiConsumerFunction body) {
        def(owner, name, (args, kw) -> {
            checkSelfCount(owner, name, args, kw, 1, 1);
            return body.apply(args[0], args[1]);
        });
    }

    @FunctionalInterface
    interface BiConsumerFunction {
        Object apply(Object self, Object arg);
    }

    static void getset(PyClass owner, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
        owner.setAttribute(name, new PyGetSetDescriptor(name, owner, getter, setter));
    }

    /**
     * Checks the argument count of a builtin method (self excluded) with CPython's messages:
     * {@code list.append() takes exactly one argument (0 given)}, {@code pop expected at most 1 argument, got 2}.
     */
    static void checkSelfCount(PyClass owner, String name, Object[] args, String[] kw, int min, int max) {
        int n = args.length - 1;
        if (n >= min && n <= max && PyArgs.kwCount(kw) == 0) {
            return;
        }
        // The qualified name only on the way to an error: building it cost each call an allocation.
        String q = owner.getName() + "." + name;
        if (PyArgs.kwCount(kw) > 0) {
            throw org.pyjit.language.runtime.PyErrors.typeError(q + "() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw org.pyjit.language.runtime.PyErrors.typeError("unbound method " + q + "() needs an argument");
        }
        String msg;
        if (min == max && max == 0) {
            msg = q + "() takes no arguments (" + n + " given)";
        } else if (min == max && max == 1) {
            msg = q + "() takes exactly one argument (" + n + " given)";
        } else if (min == max) {
            msg = name + " expected " + min + " arguments, got " + n;
        } else if (n < min) {
            msg = name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n;
        } else {
            msg = name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n;
        }
        throw org.pyjit.language.runtime.PyErrors.typeError(msg);
    }
}
