package org.pyjit.language.builtins;

import java.math.BigInteger;

import org.pyjit.language.runtime.PyBuiltinIterators;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyClassMethod;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyDictOps;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyFloatParse;
import org.pyjit.language.runtime.PyFrozenSet;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyIterators;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyProperty;
import org.pyjit.language.runtime.PyBigRange;
import org.pyjit.language.runtime.PyRange;
import org.pyjit.language.runtime.PySet;
import org.pyjit.language.runtime.PySetOps;
import org.pyjit.language.runtime.PySlice;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PySuper;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** Calling the builtin types: int(), float(), str(), list(), range(), property(), zip(), ... */
final class PyConstructors {
    private PyConstructors() {
    }

    static void install() {
        PyTypes.INT.setConstructor(PyConstructors::newInt);
        PyTypes.FLOAT.setConstructor(PyConstructors::newFloat);
        PyTypes.BOOL.setConstructor((args, kw) -> {
            PyArgs.range("bool", args, kw, 0, 1);
            return args.length == 1 && PyOps.isTrue(args[0]);
        });
        PyTypes.STR.setConstructor(PyConstructors::newStr);
        PyTypes.LIST.setConstructor((args, kw) -> {
            PyArgs.range("list", args, kw, 0, 1);
            return args.length == 0 ? new PyList() : new PyList(PyOps.toArray(args[0]));
        });
        PyTypes.TUPLE.setConstructor((args, kw) -> {
            PyArgs.range("tuple", args, kw, 0, 1);
            if (args.length == 0) {
                return PyTuple.EMPTY;
            }
            if (args[0] instanceof PyTuple t) {
                // A plain tuple is its own copy; a named one (sys.version_info) becomes a plain one.
                return t.getPyClass() == PyTypes.TUPLE ? t : PyTuple.of(t.getArray());
            }
            return PyTuple.of(PyOps.toArray(args[0]));
        });
        PyTypes.DICT.setConstructor((args, kw) -> {
            int nkw = PyArgs.kwCount(kw);
            int npos = args.length - nkw;
            if (npos > 1) {
                throw PyErrors.typeError("dict expected at most 1 argument, got " + npos);
            }
            PyDict d = new PyDict();
            if (npos == 1) {
                PyDictOps.updateFromAny(d, args[0]);
            }
            for (int i = 0; i < nkw; i++) {
                d.put(kw[i], args[npos + i]);
            }
            return d;
        });
        PyTypes.SET.setConstructor((args, kw) -> {
            PyArgs.range("set", args, kw, 0, 1);
            PySet s = new PySet();
            if (args.length == 1) {
                PySetOps.addAll(s, args[0]);
            }
            return s;
        });
        PyTypes.FROZENSET.setConstructor((args, kw) -> {
            PyArgs.range("frozenset", args, kw, 0, 1);
            if (args.length == 1 && args[0] instanceof PyFrozenSet f) {
                return f;
            }
            PyFrozenSet s = new PyFrozenSet();
            if (args.length == 1) {
                PySetOps.addAll(s, args[0]);
            }
            return s;
        });
        PyTypes.RANGE.setConstructor((args, kw) -> {
            PyArgs.range("range", args, kw, 1, 3);
            Object start = 0L;
            Object step = 1L;
            Object stop;
            if (args.length == 1) {
                stop = PyOps.index(args[0]);
            } else {
                start = PyOps.index(args[0]);
                stop = PyOps.index(args[1]);
                if (args.length == 3) {
                    step = PyOps.index(args[2]);
                    if (step instanceof Long l && l == 0) {
                        throw PyErrors.valueError("range() arg 3 must not be zero");
                    }
                }
            }
            if (start instanceof Long b && stop instanceof Long e && step instanceof Long s && PyRange.countable(b, e)) {
                return new PyRange(b, e, s);
            }
            return PyBigRange.create(start, stop, step);
        });
        PyTypes.SLICE.setConstructor((args, kw) -> {
            PyArgs.range("slice", args, kw, 1, 3);
            if (args.length == 1) {
                return new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            }
            return new PySlice(args[0], args[1], args.length == 3 ? args[2] : PyNone.NONE);
        });
        PyTypes.TYPE.setConstructor((args, kw) -> {
            int npos = args.length - PyArgs.kwCount(kw);
            if (npos == 1 && PyArgs.kwCount(kw) == 0) {
                return PyOps.typeOf(args[0]);
            }
            if (npos != 3) {
                throw PyErrors.typeError("type() takes 1 or 3 arguments");
            }
            String name = PyArgs.requireStr("type.__new__", args[0], 1);
            if (!(args[1] instanceof PyTuple bt)) {
                throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not " + PyOps.typeName(args[1]));
            }
            if (!(args[2] instanceof PyDict ns)) {
                throw PyErrors.typeError("type.__new__() argument 3 must be dict, not " + PyOps.typeName(args[2]));
            }
            PyClass[] bases = new PyClass[bt.size()];
            for (int i = 0; i < bases.length; i++) {
                if (!(bt.get(i) instanceof PyClass c)) {
                    throw PyErrors.typeError("bases must be types");
                }
                bases[i] = c;
            }
            PyDict copy = ns.copy();
            if (copy.get("__qualname__") == null) {
                copy.put("__qualname__", name);
            }
            PyClass created = PyClass.create(name, bases, copy);
            created.announce(null);
            return created;
        });
        PyTypes.PROPERTY.setConstructor((args, kw) -> {
            Object[] a = PyArgs.bind("property", args, kw, 4, "fget", "fset", "fdel", "doc");
            return new PyProperty(PyArgs.orNone(a[0]), PyArgs.orNone(a[1]), PyArgs.orNone(a[2]), PyArgs.orNone(a[3]));
        });
        PyTypes.STATICMETHOD.setConstructor((args, kw) -> {
            PyArgs.range("staticmethod", args, kw, 1, 1);
            return new PyStaticMethod(args[0]);
        });
        PyTypes.CLASSMETHOD.setConstructor((args, kw) -> {
            PyArgs.range("classmethod", args, kw, 1, 1);
            return new PyClassMethod(args[0]);
        });
        PyTypes.SUPER.setConstructor((args, kw) -> {
            PyArgs.range("super", args, kw, 0, 2);
            if (args.length == 0) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            if (!(args[0] instanceof PyClass start)) {
                throw PyErrors.typeError("super() argument 1 must be a type, not " + PyOps.typeName(args[0]));
            }
            if (args.length == 1) {
                throw PyErrors.runtimeError("pyjit does not support unbound super objects");
            }
            Object self = args[1];
            boolean ok = PyOps.typeOf(self).isSubclassOf(start) || (self instanceof PyClass c && c.isSubclassOf(start));
            if (!ok) {
                throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
            return new PySuper(start, self);
        });
        PyTypes.ENUMERATE.setConstructor((args, kw) -> {
            Object[] a = PyArgs.bind("enumerate", args, kw, 2, "iterable", "start");
            if (a[0] == null) {
                throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
            }
            Object start = a[1] == null ? (Object) 0L : PyOps.index(a[1]);
            return new PyBuiltinIterators.Enumerate(PyOps.getIter(a[0]), start);
        });
        PyTypes.ZIP.setConstructor((args, kw) -> {
            int nkw = PyArgs.kwCount(kw);
            boolean strict = false;
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].equals("strict")) {
                    throw PyArgs.invalidKeyword("zip", kw[i]);
                }
                strict = PyOps.isTrue(args[args.length - nkw + i]);
            }
            Object[] its = new Object[args.length - nkw];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyOps.getIter(args[i]);
            }
            return new PyBuiltinIterators.Zip(its, strict);
        });
        PyTypes.MAP.setConstructor((args, kw) -> {
            PyArgs.noKeywords("map", kw);
            if (args.length < 2) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            Object[] its = new Object[args.length - 1];
            for (int i = 0; i < its.length; i++) {
                its[i] = PyOps.getIter(args[i + 1]);
            }
            return new PyBuiltinIterators.MapIterator(args[0], its);
        });
        PyTypes.FILTER.setConstructor((args, kw) -> {
            PyArgs.range("filter", args, kw, 2, 2);
            return new PyBuiltinIterators.FilterIterator(args[0], PyOps.getIter(args[1]));
        });
        PyTypes.REVERSED.setConstructor((args, kw) -> {
            PyArgs.range("reversed", args, kw, 1, 1);
            return PyIterators.reversed(args[0]);
        });
    }

    private static Object newInt(Object[] args, String[] kw) {
        Object[] a = PyArgs.bind("int", args, kw, 1, 2, "x", "base");
        Object x = a[0];
        if (a[1] != null) {
            // a base beyond 64 bits is as invalid as 37 (CPython clamps it)
            Object b = PyOps.index(a[1]);
            long base = b instanceof Long l ? l : Long.MAX_VALUE;
            if (x == null) {
                throw PyErrors.typeError("int() missing string argument");
            }
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (!(x instanceof String s)) {
                throw PyErrors.typeError("int() can't convert non-string with explicit base");
            }
            return PyInt.parse(s, (int) base);
        }
        if (x == null) {
            return 0L;
        }
        return toInt(x);
    }

    /** int(x) for one argument. */
    static Object toInt(Object x) {
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return PyInt.fromDouble(d);
        } else if (x instanceof String s) {
            return PyInt.parse(s, 10);
        } else if (x instanceof PyInstance) {
            PyClass t = PyOps.typeOf(x);
            for (String m : new String[]{"__int__", "__index__", "__trunc__"}) {
                Object f = t.lookup(m);
                if (f != null) {
                    Object r = PyOps.callUnbound(f, x, new Object[0], null);
                    if (r instanceof Boolean b) {
                        return b ? 1L : 0L;
                    }
                    if (!(r instanceof Long || r instanceof BigInteger)) {
                        throw PyErrors.typeError(m + " returned non-int (type " + PyOps.typeName(r) + ")");
                    }
                    return r;
                }
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + PyOps.typeName(x) + "'");
    }

    private static Object newFloat(Object[] args, String[] kw) {
        PyArgs.range("float", args, kw, 0, 1);
        if (args.length == 0) {
            return 0.0;
        }
        return toFloat(args[0]);
    }

    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return PyInt.toDouble(x);
        } else if (x instanceof String s) {
            return PyFloatParse.parse(s);
        } else if (x instanceof PyInstance) {
            PyClass t = PyOps.typeOf(x);
            Object f = t.lookup("__float__");
            if (f != null) {
                Object r = PyOps.callUnbound(f, x, new Object[0], null);
                if (r instanceof Double d) {
                    return d;
                }
                throw PyErrors.typeError(t.getName() + ".__float__ returned non-float (type " + PyOps.typeName(r) + ")");
            }
            f = t.lookup("__index__");
            if (f != null) {
                return PyInt.toDouble(PyOps.index(x));
            }
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + PyOps.typeName(x) + "'");
    }

    private static Object newStr(Object[] args, String[] kw) {
        Object[] a = PyArgs.bind("str", args, kw, 3, "object", "encoding", "errors");
        if (a[1] != null || a[2] != null) {
            if (a[1] != null && !(a[1] instanceof String)) {
                throw PyErrors.typeError("str() argument 'encoding' must be str, not " + PyArgs.badArgumentType(a[1]));
            }
            throw PyErrors.typeError(a[0] instanceof String ? "decoding str is not supported"
                            : "decoding to str: need a bytes-like object, " + PyOps.typeName(a[0]) + " found");
        }
        return a[0] == null ? "" : PyOps.str(a[0]);
    }
}
