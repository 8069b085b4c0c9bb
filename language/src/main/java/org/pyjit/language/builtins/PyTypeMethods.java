package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.def1;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import java.util.Map;

import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyBoundMethod;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyIterator;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyProperty;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** type, function, method, property, generator and iterator attributes. */
final class PyTypeMethods {
    private PyTypeMethods() {
    }

    static void install() {
        PyClass t = PyTypes.TYPE;
        getset(t, "__name__", self -> ((PyClass) self).getName(), null);
        getset(t, "__qualname__", self -> ((PyClass) self).getQualName(), (self, v) -> ((PyClass) self).setAttribute("__qualname__", v));
        getset(t, "__module__", self -> {
            PyClass c = (PyClass) self;
            // a builtin type's own __module__ entry, if any, is the descriptor for its instances
            Object m = c.isBuiltin() ? null : c.getOwnAttribute("__module__");
            return m != null ? m : c.getModule();
        }, (self, v) -> ((PyClass) self).setAttribute("__module__", v));
        getset(t, "__mro__", self -> new PyTuple(((PyClass) self).getMro().clone()), null);
        getset(t, "__bases__", self -> new PyTuple(((PyClass) self).getBases().clone()), null);
        getset(t, "__base__", self -> {
            PyClass[] b = ((PyClass) self).getBases();
            return b.length == 0 ? PyNone.NONE : b[0];
        }, null);
        getset(t, "__dict__", self -> {
            PyDict d = new PyDict();
            for (Map.Entry<String, Object> e : ((PyClass) self).getDict().entrySet()) {
                d.put(e.getKey(), e.getValue());
            }
            return d;
        }, null);
        getset(t, "__doc__", self -> {
            Object d = ((PyClass) self).getOwnAttribute("__doc__");
            return d == null ? PyNone.NONE : d;
        }, null);
        def0(t, "mro", self -> new PyList(((PyClass) self).getMro().clone()));
        def0(t, "__subclasses__", self -> new PyList());
        def(t, "__instancecheck__", (args, kw) -> PyOps.isInstance(args[1], args[0]));
        def(t, "__subclasscheck__", (args, kw) -> PyOps.isSubclass(args[1], args[0]));

        PyClass f = PyTypes.FUNCTION;
        getset(f, "__name__", self -> ((PyFunction) self).getName(), (self, v) -> ((PyFunction) self).setName(PyArgs.requireStr("__name__", v, 1)));
        getset(f, "__qualname__", self -> ((PyFunction) self).getQualName(),
                        (self, v) -> ((PyFunction) self).setQualName(PyArgs.requireStr("__qualname__", v, 1)));
        getset(f, "__module__", self -> ((PyFunction) self).getModuleName(), (self, v) -> ((PyFunction) self).setModuleName(v));
        getset(f, "__kwdefaults__", self -> {
            PyFunction fn = (PyFunction) self;
            String[] names = fn.getCode().getKwOnlyNames();
            Object[] values = fn.getKwDefaults();
            PyDict d = new PyDict();
            for (int i = 0; values != null && i < values.length && i < names.length; i++) {
                if (values[i] != null) {
                    d.put(names[i], values[i]);
                }
            }
            return d.size() == 0 ? PyNone.NONE : d;
        }, null);
        getset(f, "__defaults__", self -> {
            Object[] d = ((PyFunction) self).getDefaults();
            return d == null || d.length == 0 ? PyNone.NONE : new PyTuple(d.clone());
        }, null);
        getset(f, "__doc__", self -> ((PyFunction) self).getDoc(), (self, v) -> ((PyFunction) self).setDoc(v));
        def(f, "__get__", (args, kw) -> args.length > 1 && args[1] != PyNone.NONE ? new PyBoundMethod(args[1], args[0]) : args[0]);

        PyClass bf = PyTypes.BUILTIN_FUNCTION;
        getset(bf, "__name__", self -> self instanceof PyBuiltinFunction b ? b.getName() : ((PyBuiltinFunction) ((PyBoundMethod) self).getFunction()).getName(), null);
        getset(bf, "__qualname__", self -> builtinQualName(self instanceof PyBuiltinFunction b ? b : (PyBuiltinFunction) ((PyBoundMethod) self).getFunction()), null);
        // a bound method of a builtin type has no module, a builtin function its module's name
        getset(bf, "__module__", self -> self instanceof PyBuiltinFunction b ? (b.getModuleName() != null ? b.getModuleName() : "builtins") : PyNone.NONE, null);
        getset(bf, "__self__", self -> self instanceof PyBoundMethod m ? m.getSelf() : PyNone.NONE, null);
        getset(PyTypes.METHOD_DESCRIPTOR, "__name__", self -> ((PyBuiltinFunction) self).getName(), null);
        getset(PyTypes.METHOD_DESCRIPTOR, "__qualname__", self -> builtinQualName((PyBuiltinFunction) self), null);

        PyClass m = PyTypes.METHOD;
        getset(m, "__self__", self -> ((PyBoundMethod) self).getSelf(), null);
        getset(m, "__func__", self -> ((PyBoundMethod) self).getFunction(), null);
        getset(m, "__name__", self -> PyOps.getAttr(((PyBoundMethod) self).getFunction(), "__name__"), null);
        getset(m, "__qualname__", self -> PyOps.getAttr(((PyBoundMethod) self).getFunction(), "__qualname__"), null);
        getset(m, "__module__", self -> PyOps.getAttr(((PyBoundMethod) self).getFunction(), "__module__"), null);
        getset(m, "__doc__", self -> PyOps.getAttr(((PyBoundMethod) self).getFunction(), "__doc__"), null);

        PyClass p = PyTypes.PROPERTY;
        getset(p, "fget", self -> ((PyProperty) self).getGetter(), null);
        getset(p, "fset", self -> ((PyProperty) self).getSetter(), null);
        getset(p, "fdel", self -> ((PyProperty) self).getDeleter(), null);
        getset(p, "__doc__", self -> ((PyProperty) self).getDoc(), null);
        def1(p, "getter", (self, fn) -> {
            PyProperty pr = (PyProperty) self;
            return new PyProperty(fn, pr.getSetter(), pr.getDeleter(), pr.getDoc());
        });
        def1(p, "setter", (self, fn) -> {
            PyProperty pr = (PyProperty) self;
            return new PyProperty(pr.getGetter(), fn, pr.getDeleter(), pr.getDoc());
        });
        def1(p, "deleter", (self, fn) -> {
            PyProperty pr = (PyProperty) self;
            return new PyProperty(pr.getGetter(), pr.getSetter(), fn, pr.getDoc());
        });
        def(p, "__get__", (args, kw) -> {
            PyProperty pr = (PyProperty) args[0];
            if (args.length < 2 || args[1] == PyNone.NONE) {
                return pr;
            }
            return PyOps.call(pr.getGetter(), new Object[]{args[1]}, null);
        });

        PyClass g = PyTypes.GENERATOR;
        def(g, "send", (args, kw) -> {
            PyTypeSetup.checkSelfCount(g, "send", args, kw, 1, 1);
            return ((PyGenerator) args[0]).send(args[1]);
        });
        def0(g, "close", self -> {
            ((PyGenerator) self).close();
            return PyNone.NONE;
        });
        def(g, "throw", (args, kw) -> {
            PyTypeSetup.checkSelfCount(g, "throw", args, kw, 1, 3);
            PyException e = generatorThrowArgument(args);
            Object v = ((PyGenerator) args[0]).throwInto(e);
            if (v == null) {
                throw PyErrors.stopIteration(((PyGenerator) args[0]).getReturnValue());
            }
            return v;
        });
        getset(g, "__name__", self -> ((PyGenerator) self).getName(), null);
        getset(g, "__qualname__", self -> ((PyGenerator) self).getQualName(), null);
        installIteratorProtocol(g);
        for (PyClass it : new PyClass[]{PyTypes.LIST_ITERATOR, PyTypes.LIST_REVERSE_ITERATOR, PyTypes.TUPLE_ITERATOR, PyTypes.STR_ITERATOR,
                        PyTypes.RANGE_ITERATOR, PyTypes.LONG_RANGE_ITERATOR, PyTypes.SET_ITERATOR, PyTypes.DICT_KEY_ITERATOR,
                        PyTypes.DICT_VALUE_ITERATOR, PyTypes.DICT_ITEM_ITERATOR, PyTypes.DICT_REVERSE_KEY_ITERATOR, PyTypes.DICT_REVERSE_VALUE_ITERATOR,
                        PyTypes.DICT_REVERSE_ITEM_ITERATOR, PyTypes.SEQ_ITERATOR, PyTypes.CALLABLE_ITERATOR,
                        PyTypes.ENUMERATE, PyTypes.ZIP, PyTypes.MAP, PyTypes.FILTER, PyTypes.REVERSED}) {
            installIteratorProtocol(it);
        }
    }

    static void installIteratorProtocol(PyClass c) {
        def0(c, "__iter__", self -> self);
        def0(c, "__next__", self -> {
            boolean wasFinished = self instanceof PyGenerator g0 && g0.isFinished();
            Object v = ((PyIterator) self).nextOrNull();
            if (v == null) {
                if (self instanceof PyGenerator gen && !wasFinished) {
                    throw PyErrors.stopIteration(gen.getReturnValue());
                }
                throw PyErrors.stopIteration(null);
            }
            return v;
        });
    }

    /** throw(type), throw(instance) or throw(type, value): the exception, as CPython's gen_throw builds it. */
    private static PyException generatorThrowArgument(Object[] args) {
        Object typ = args[1];
        Object val = args.length > 2 ? args[2] : PyNone.NONE;
        if (typ instanceof PyClass c && c.isExceptionClass()) {
            if (val instanceof PyBaseExceptionObject e && PyOps.isInstance(e, c)) {
                return PyErrors.raise(e, null);
            }
            Object[] ctorArgs = val == PyNone.NONE ? new Object[0] : val instanceof PyTuple t ? t.getArray() : new Object[]{val};
            return PyErrors.raise(c.call(ctorArgs, null), null);
        }
        if (typ instanceof PyBaseExceptionObject) {
            if (val != PyNone.NONE) {
                throw PyErrors.typeError("instance exception may not have a separate value");
            }
            return PyErrors.raise(typ, null);
        }
        throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not " + PyOps.typeName(typ));
    }

    /** {@code list.append} for a method of a builtin type, the plain name for a function. */
    private static String builtinQualName(PyBuiltinFunction f) {
        return f.getOwner() == null ? f.getName() : f.getOwner().getName() + "." + f.getName();
    }
}
