package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyBuiltins.define;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

import org.pyjit.language.PyContext;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.runtime.PyArith;
import org.pyjit.language.runtime.PyBuiltinIterators;
import org.pyjit.language.runtime.PyCallable;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyForeign;
import org.pyjit.language.runtime.PyFrameLocals;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyNotImplemented;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PyStrings;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** The builtin functions (len, print, sorted, ...). */
final class PyBuiltinFunctions {
    private PyBuiltinFunctions() {
    }

    static void install() {
        define("print", PyBuiltinFunctions::print);
        define("input", PyBuiltinFunctions::input);
        define("len", (args, kw) -> {
            PyArgs.exactlyOne("len", args, kw);
            return PyOps.len(args[0]);
        });
        define("repr", (args, kw) -> {
            PyArgs.exactlyOne("repr", args, kw);
            // a one-argument builtin: CPython's call of it takes a level of the recursion limit
            PyContext ctx = PyContext.get(null);
            ctx.enterRuntimeCall(" while calling a Python object");
            try {
                return PyOps.repr(args[0]);
            } finally {
                ctx.exitFrame();
            }
        });
        define("ascii", (args, kw) -> {
            PyArgs.exactlyOne("ascii", args, kw);
            return PyStrings.ascii(PyOps.repr(args[0]));
        });
        define("abs", (args, kw) -> {
            PyArgs.exactlyOne("abs", args, kw);
            return PyOps.abs(args[0]);
        });
        define("min", (args, kw) -> minMax("min", args, kw, CmpOpKind.LT));
        define("max", (args, kw) -> minMax("max", args, kw, CmpOpKind.GT));
        define("sum", PyBuiltinFunctions::sum);
        define("sorted", (args, kw) -> {
            int npos = args.length - PyArgs.kwCount(kw);
            if (npos != 1) {
                throw PyErrors.typeError(npos == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got " + npos);
            }
            PyList l = new PyList(PyOps.toArray(args[0]));
            // CPython's sorted hands its keywords to list.sort, whose name its messages give.
            Object[] a = PyArgs.bind("sort", args, kw, 1, 1, "iterable", "key", "reverse");
            PyListMethods.sortList(l, a[1], a[2]);
            return l;
        });
        define("isinstance", (args, kw) -> {
            PyArgs.range("isinstance", args, kw, 2, 2);
            return PyOps.isInstance(args[0], args[1]);
        });
        define("issubclass", (args, kw) -> {
            PyArgs.range("issubclass", args, kw, 2, 2);
            return PyOps.isSubclass(args[0], args[1]);
        });
        define("ord", (args, kw) -> {
            PyArgs.exactlyOne("ord", args, kw);
            if (!(args[0] instanceof String s)) {
                throw PyErrors.typeError("ord() expected string of length 1, but " + PyOps.typeName(args[0]) + " found");
            }
            if (s.length() == 1 || (s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1)))) {
                return (long) s.codePointAt(0);
            }
            throw PyErrors.typeError("ord() expected a character, but string of length " + PyCodePoints.length(s) + " found");
        });
        define("chr", (args, kw) -> {
            PyArgs.exactlyOne("chr", args, kw);
            int c = PyArgs.cInt(args[0]);
            if (c < 0 || c > 0x10ffff) {
                throw PyErrors.valueError("chr() arg not in range(0x110000)");
            }
            return new String(Character.toChars(c));
        });
        define("hex", (args, kw) -> radix("hex", args, kw, 16, "0x"));
        define("oct", (args, kw) -> radix("oct", args, kw, 8, "0o"));
        define("bin", (args, kw) -> radix("bin", args, kw, 2, "0b"));
        define("round", (args, kw) -> {
            Object[] a = PyArgs.bind("round", args, kw, 2, "number", "ndigits");
            if (a[0] == null) {
                throw PyErrors.typeError("round() missing required argument 'number' (pos 1)");
            }
            return PyNumberMethods.round(a[0], a[1] == null ? PyNone.NONE : a[1]);
        });
        define("divmod", (args, kw) -> {
            PyArgs.range("divmod", args, kw, 2, 2);
            return divmod(args[0], args[1]);
        });
        define("pow", (args, kw) -> {
            Object[] a = PyArgs.bind("pow", args, kw, 3, "base", "exp", "mod");
            if (a[0] == null || a[1] == null) {
                throw PyErrors.typeError("pow() missing required argument '" + (a[0] == null ? "base' (pos 1)" : "exp' (pos 2)"));
            }
            if (a[2] == null || a[2] == PyNone.NONE) {
                return PyOps.binaryOp(BinOpKind.POW, a[0], a[1]);
            }
            Object r = userPowMod(a[0], a[1], a[2]);
            return r != PyNotImplemented.INSTANCE ? r : PyArith.powMod(a[0], a[1], a[2]);
        });
        define("any", (args, kw) -> {
            PyArgs.exactlyOne("any", args, kw);
            Object it = PyOps.getIter(args[0]);
            Object v;
            while ((v = PyOps.next(it)) != null) {
                if (PyOps.isTrue(v)) {
                    return true;
                }
            }
            return false;
        });
        define("all", (args, kw) -> {
            PyArgs.exactlyOne("all", args, kw);
            Object it = PyOps.getIter(args[0]);
            Object v;
            while ((v = PyOps.next(it)) != null) {
                if (!PyOps.isTrue(v)) {
                    return false;
                }
            }
            return true;
        });
        define("iter", (args, kw) -> {
            PyArgs.noKeywords("iter", kw);
            if (args.length == 1) {
                return PyOps.getIter(args[0]);
            }
            if (args.length == 2) {
                if (!isCallable(args[0])) {
                    throw PyErrors.typeError("iter(v, w): v must be callable");
                }
                return new PyBuiltinIterators.CallableIterator(args[0], args[1]);
            }
            throw PyErrors.typeError(args.length == 0 ? "iter expected at least 1 argument, got 0" : "iter expected at most 2 arguments, got " + args.length);
        });
        define("next", (args, kw) -> {
            PyArgs.range("next", args, kw, 1, 2);
            Object it = args[0];
            if (!(it instanceof org.pyjit.language.runtime.PyIterator) && PyOps.typeOf(it).lookup("__next__") == null) {
                throw PyErrors.typeError("'" + PyOps.typeName(it) + "' object is not an iterator");
            }
            if (args.length == 1 && !(it instanceof org.pyjit.language.runtime.PyIterator)) {
                // Let the user's StopIteration (with its value) propagate unchanged.
                return PyOps.callMethod(it, "__next__");
            }
            boolean wasFinished = it instanceof org.pyjit.language.runtime.PyGenerator g0 && g0.isFinished();
            Object v = PyOps.next(it);
            if (v == null) {
                if (args.length == 2) {
                    return args[1];
                }
                if (it instanceof org.pyjit.language.runtime.PyGenerator g && !wasFinished) {
                    throw PyErrors.stopIteration(g.getReturnValue());
                }
                throw PyErrors.stopIteration(null);
            }
            return v;
        });
        define("hash", (args, kw) -> {
            PyArgs.exactlyOne("hash", args, kw);
            return PyOps.hash(args[0]);
        });
        define("id", (args, kw) -> {
            PyArgs.exactlyOne("id", args, kw);
            return PyOps.id(args[0]);
        });
        define("getattr", (args, kw) -> {
            PyArgs.range("getattr", args, kw, 2, 3);
            String name = PyObjectMethods.attrName(args[1]);
            if (args.length == 3) {
                Object v = PyOps.getAttrOrNull(args[0], name);
                return v == null ? args[2] : v;
            }
            return PyOps.getAttr(args[0], name);
        });
        define("setattr", (args, kw) -> {
            PyArgs.range("setattr", args, kw, 3, 3);
            PyOps.setAttr(args[0], PyObjectMethods.attrName(args[1]), args[2]);
            return PyNone.NONE;
        });
        define("hasattr", (args, kw) -> {
            PyArgs.range("hasattr", args, kw, 2, 2);
            return PyOps.hasAttr(args[0], PyObjectMethods.attrName(args[1]));
        });
        define("delattr", (args, kw) -> {
            PyArgs.range("delattr", args, kw, 2, 2);
            PyOps.delAttr(args[0], PyObjectMethods.attrName(args[1]));
            return PyNone.NONE;
        });
        define("callable", (args, kw) -> {
            PyArgs.exactlyOne("callable", args, kw);
            return isCallable(args[0]);
        });
        define("format", (args, kw) -> {
            Object[] a = PyArgs.bind("format", args, kw, 2, "value", "format_spec");
            if (a[0] == null) {
                throw PyErrors.typeError("format() missing required argument 'value' (pos 1)");
            }
            String spec = a[1] == null ? "" : a[1] instanceof String s ? s : null;
            if (spec == null) {
                throw PyErrors.typeError("format() argument 2 must be str, not " + PyArgs.badArgumentType(a[1]));
            }
            return PyOps.format(a[0], spec);
        });
        define("globals", (args, kw) -> {
            PyArgs.none("globals", args, kw);
            // one module per context: __main__
            return PyContext.get(null).getLanguage().getMainGlobals().asDict();
        });
        // Called by name, locals(), vars() and dir() get the caller's frame from their call (PyFrameLocalsNode).
        define("locals", (args, kw) -> {
            PyArgs.none("locals", args, kw);
            return PyFrameLocals.ofCaller();
        });
        define("vars", (args, kw) -> {
            PyArgs.range("vars", args, kw, 0, 1);
            if (args.length == 0) {
                return PyFrameLocals.ofCaller();
            }
            Object d = PyOps.getAttrOrNull(args[0], "__dict__");
            if (d == null) {
                throw PyErrors.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        define("dir", (args, kw) -> {
            PyArgs.range("dir", args, kw, 0, 1);
            return args.length == 0 ? PyFrameLocals.sortedKeys(PyFrameLocals.ofCaller()) : dir(args[0]);
        });
        define("exit", (args, kw) -> {
            throw PyErrors.withArgs(PyTypes.SYSTEM_EXIT, PyArgs.positional(args, kw));
        });
        define("quit", (args, kw) -> {
            throw PyErrors.withArgs(PyTypes.SYSTEM_EXIT, PyArgs.positional(args, kw));
        });
    }

    static boolean isCallable(Object v) {
        if (v instanceof PyCallable || v instanceof PyStaticMethod) {
            return true;
        }
        if (PyForeign.isForeign(v)) {
            return PyForeign.isCallable(v);
        }
        return v instanceof PyInstance && PyOps.typeOf(v).lookup("__call__") != null;
    }

    @TruffleBoundary
    private static void write(PyStdStream stream, String text, boolean flush) {
        stream.write(text);
        if (flush) {
            stream.flush();
        }
    }

    private static Object print(Object[] args, String[] kw) {
        int nkw = PyArgs.kwCount(kw);
        int npos = args.length - nkw;
        String sep = " ";
        String end = "\n";
        Object file = PyNone.NONE;
        boolean flush = false;
        for (int i = 0; i < nkw; i++) {
            Object v = args[npos + i];
            switch (kw[i]) {
                case "sep":
                    if (v != PyNone.NONE) {
                        if (!(v instanceof String s)) {
                            throw PyErrors.typeError("sep must be None or a string, not " + PyOps.typeName(v));
                        }
                        sep = s;
                    }
                    break;
                case "end":
                    if (v != PyNone.NONE) {
                        if (!(v instanceof String s)) {
                            throw PyErrors.typeError("end must be None or a string, not " + PyOps.typeName(v));
                        }
                        end = s;
                    }
                    break;
                case "file":
                    file = v;
                    break;
                case "flush":
                    flush = PyOps.isTrue(v);
                    break;
                default:
                    throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == PyNone.NONE) {
            file = PySysModule.stdout();
            if (file == null || file == PyNone.NONE) {
                // CPython: print() with sys.stdout set to None (or deleted) prints nothing.
                return PyNone.NONE;
            }
        }
        if (!(file instanceof PyStdStream)) {
            // Another file object sees each piece in its own write(), as CPython writes them.
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    PyOps.callMethod(file, "write", sep);
                }
                PyOps.callMethod(file, "write", PyOps.str(args[i]));
            }
            PyOps.callMethod(file, "write", end);
            if (flush) {
                PyOps.callMethod(file, "flush");
            }
            return PyNone.NONE;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            try {
                sb.append(PyOps.str(args[i]));
            } catch (PyException e) {
                // CPython writes piece by piece: what precedes an argument whose str() fails is printed.
                write((PyStdStream) file, sb.toString(), false);
                throw e;
            }
        }
        sb.append(end);
        write((PyStdStream) file, sb.toString(), flush);
        return PyNone.NONE;
    }

    @TruffleBoundary
    private static Object input(Object[] args, String[] kw) {
        PyArgs.range("input", args, kw, 0, 1);
        PyContext ctx = PyContext.get(null);
        Object out = PySysModule.stdout();
        if (out instanceof PyStdStream || out == null || out == PyNone.NONE) {
            if (args.length == 1) {
                ctx.writeOut(PyOps.str(args[0]));
            }
        } else {
            // A replaced sys.stdout gets the prompt, and is flushed, as in CPython.
            if (args.length == 1) {
                PyOps.callMethod(out, "write", PyOps.str(args[0]));
            }
            PyOps.callMethod(out, "flush");
        }
        ctx.flushOut();
        // Only the newline goes: CPython's stdin does not translate "\r\n" on POSIX.
        String line = ctx.stdin().readLine(false);
        if (line == null) {
            throw PyErrors.of(PyTypes.EOF_ERROR, "EOF when reading a line");
        }
        return line;
    }

    @TruffleBoundary
    private static Object minMax(String name, Object[] args, String[] kw, CmpOpKind op) {
        int nkw = PyArgs.kwCount(kw);
        int npos = args.length - nkw;
        Object key = PyNone.NONE;
        Object dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i];
                case "default" -> dflt = args[npos + i];
                default -> throw PyArgs.invalidKeyword(name, kw[i]);
            }
        }
        if (npos == 0) {
            throw PyErrors.typeError(name + " expected at least 1 argument, got 0");
        }
        Object it;
        if (npos == 1) {
            it = PyOps.getIter(args[0]);
        } else {
            if (dflt != null) {
                throw PyErrors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            Object[] items = new Object[npos];
            System.arraycopy(args, 0, items, 0, npos);
            it = new PyBuiltinIterators.ArrayIterator(items, PyTypes.TUPLE_ITERATOR);
        }
        Object best = null;
        Object bestKey = null;
        Object v;
        while ((v = PyOps.next(it)) != null) {
            Object k = key == PyNone.NONE ? v : PyOps.call(key, new Object[]{v}, null);
            if (best == null) {
                best = v;
                bestKey = k;
            } else if (PyOps.better(op, k, bestKey)) {
                best = v;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }


    @TruffleBoundary
    private static Object sum(Object[] args, String[] kw) {
        Object[] a = PyArgs.bind("sum", args, kw, 2, "iterable", "start");
        if (a[0] == null) {
            throw PyErrors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        Object acc = a[1] == null ? (Object) 0L : a[1];
        Object it = PyOps.getIter(a[0]);
        if (acc instanceof String) {
            throw PyErrors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        Object v;
        while ((v = PyOps.next(it)) != null) {
            if (acc instanceof Long x && v instanceof Long y) {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) >= 0) {
                    acc = r;
                    continue;
                }
            } else if (acc instanceof Double x && v instanceof Double y) {
                acc = x + y;
                continue;
            }
            acc = PyOps.binaryOp(BinOpKind.ADD, acc, v);
        }
        return acc;
    }

    private static Object radix(String name, Object[] args, String[] kw, int radix, String prefix) {
        PyArgs.exactlyOne(name, args, kw);
        Object i = PyOps.index(args[0]);
        BigInteger b = PyInt.toBig(i);
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    /**
     * pow(a, b, m) for a user class: as CPython's ternary power, only the base's {@code __pow__(b, m)}
     * is tried, never {@code __rpow__} of the exponent or the modulus (with them the user slot gets a
     * builtin self and declines). A class with only {@code __rpow__} still has the slot, whose call of
     * the missing {@code __pow__} raises AttributeError. NotImplemented when no user method answers.
     */
    @TruffleBoundary
    private static Object userPowMod(Object a, Object b, Object m) {
        PyClass t = PyOps.typeOf(a);
        if (t.isBuiltin() || t.lookup("__pow__") == null && t.lookup("__rpow__") == null) {
            return PyNotImplemented.INSTANCE;
        }
        Object f = t.lookup("__pow__");
        if (f == null) {
            throw PyErrors.attributeError("__pow__");
        }
        return PyOps.callUnbound(f, a, new Object[]{b, m}, null);
    }

    @TruffleBoundary
    static Object divmod(Object a, Object b) {
        Object r = PyArith.divmod(a, b);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        if (a instanceof PyInstance) {
            Object f = PyOps.typeOf(a).lookup("__divmod__");
            if (f != null) {
                r = PyOps.callUnbound(f, a, new Object[]{b}, null);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        if (b instanceof PyInstance) {
            Object f = PyOps.typeOf(b).lookup("__rdivmod__");
            if (f != null) {
                r = PyOps.callUnbound(f, b, new Object[]{a}, null);
                if (r != PyNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '" + PyOps.typeName(a) + "' and '" + PyOps.typeName(b) + "'");
    }

    @TruffleBoundary
    static Object dir(Object obj) {
        TreeSet<String> names = new TreeSet<>(PyStrings::compare);
        if (obj instanceof PyModule m) {
            names.addAll(m.getDict().keySet());
        } else if (obj instanceof PyClass c) {
            for (PyClass k : c.getMro()) {
                names.addAll(k.getDict().keySet());
            }
        } else {
            if (obj instanceof PyInstance || obj instanceof org.pyjit.language.runtime.PyFunction) {
                for (Object k : obj instanceof PyInstance i ? i.getAttributeNames() : DynamicObjectLibrary.getUncached().getKeyArray((PyObject) obj)) {
                    names.add((String) k);
                }
            }
            for (PyClass k : PyOps.typeOf(obj).getMro()) {
                names.addAll(k.getDict().keySet());
            }
        }
        PyList l = new PyList();
        for (String s : names) {
            l.append(s);
        }
        return l;
    }
}
