package org.pyjit.language.runtime;

import java.math.BigInteger;
import java.util.ArrayList;

import org.pyjit.language.PyContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr() and str() of every value, with CPython's exact text. */
public final class PyRepr {
    /** Containers being printed right now: a container met again prints as [...] (pyjit runs one thread per context). */
    private static final ArrayList<Object> IN_PROGRESS = new ArrayList<>();

    private PyRepr() {
    }

    public static String hexId(Object v) {
        return "0x" + Long.toHexString(PyOps.id(v));
    }

    private static boolean enter(Object v) {
        for (Object o : IN_PROGRESS) {
            if (o == v) {
                return false;
            }
        }
        IN_PROGRESS.add(v);
        return true;
    }

    private static void leave() {
        IN_PROGRESS.remove(IN_PROGRESS.size() - 1);
    }

    /** Calls a user __repr__ or __str__, which must give a str. */
    private static String callForString(Object method, Object self, String name) {
        Object r = PyOps.callUnbound(method, self, new Object[0], null);
        if (r instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(name + " returned non-string (type " + PyOps.typeName(r) + ")");
    }

    @TruffleBoundary
    public static String repr(Object v) {
        return repr(PyContext.get(null), v);
    }

    /** PyObject_Repr: every value it formats is one level deeper for the recursion limit, as in CPython. */
    private static String repr(PyContext ctx, Object v) {
        ctx.enterRuntimeCall(" while getting the repr of an object");
        try {
            return reprBody(ctx, v);
        } finally {
            ctx.exitFrame();
        }
    }

    /** A type's own repr (CPython's tp_repr), which str() of a value without __str__ calls directly. */
    private static String reprBody(PyContext ctx, Object v) {
        if (v instanceof String s) {
            return PyStrings.repr(s);
        } else if (v instanceof Long l) {
            return Long.toString(l);
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Double d) {
            return PyFloatFormat.repr(d);
        } else if (v instanceof BigInteger b) {
            return PyInt.toString(b, 10);
        } else if (v instanceof PyInstance) {
            Object f = PyOps.typeOf(v).lookup("__repr__");
            if (f == PyTypes.OBJECT.getOwnAttribute("__repr__")) {
                return defaultObjectRepr(v);
            }
            return callForString(f, v, "__repr__");
        } else if (v instanceof PyList l) {
            if (!enter(l)) {
                return "[...]";
            }
            try {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < l.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(ctx, l.get(i)));
                }
                return sb.append(']').toString();
            } finally {
                leave();
            }
        } else if (v instanceof PyStructSeq s) {
            return s.repr();
        } else if (v instanceof PyTuple t) {
            if (t.size() == 0) {
                return "()";
            }
            if (!enter(t)) {
                return "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(ctx, t.get(i)));
                }
                if (t.size() == 1) {
                    sb.append(',');
                }
                return sb.append(')').toString();
            } finally {
                leave();
            }
        } else if (v instanceof PyDict d) {
            if (!enter(d)) {
                return "{...}";
            }
            try {
                StringBuilder sb = new StringBuilder("{");
                boolean first = true;
                for (int i = 0; i < d.entryLimit(); i++) {
                    Object k = d.keyAt(i);
                    if (k != null) {
                        if (!first) {
                            sb.append(", ");
                        }
                        first = false;
                        sb.append(repr(ctx, k)).append(": ").append(repr(ctx, d.valueAt(i)));
                    }
                }
                return sb.append('}').toString();
            } finally {
                leave();
            }
        } else if (v instanceof PyAbstractSet s) {
            String name = PyOps.typeName(s);
            if (s.size() == 0) {
                return name + "()";
            }
            if (!enter(s)) {
                return name + "(...)";
            }
            try {
                StringBuilder sb = new StringBuilder();
                if (!(s instanceof PySet)) {
                    sb.append(name).append('(');
                }
                sb.append('{');
                boolean first = true;
                for (Object o : s.toArray()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    sb.append(repr(ctx, o));
                }
                sb.append('}');
                if (!(s instanceof PySet)) {
                    sb.append(')');
                }
                return sb.toString();
            } finally {
                leave();
            }
        } else if (v instanceof PyDictView dv) {
            if (!enter(dv)) {
                return "...";
            }
            try {
                StringBuilder sb = new StringBuilder(PyOps.typeName(dv)).append("([");
                Object[] items = dv.toArray();
                for (int i = 0; i < items.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(repr(ctx, items[i]));
                }
                return sb.append("])").toString();
            } finally {
                leave();
            }
        } else if (v == PyNone.NONE) {
            return "None";
        } else if (v instanceof PyBigRange r) {
            return r.repr();
        } else if (v instanceof PyRange r) {
            return "range(" + r.getStart() + ", " + r.getStop() + (r.getStep() == 1 ? "" : ", " + r.getStep()) + ")";
        } else if (v instanceof PySlice s) {
            return "slice(" + repr(ctx, s.getStart()) + ", " + repr(ctx, s.getStop()) + ", " + repr(ctx, s.getStep()) + ")";
        } else if (v instanceof PyClass c) {
            if (c.isBuiltin()) {
                return "<class '" + c.getName() + "'>";
            }
            return "<class '" + c.getModule() + "." + c.getQualName() + "'>";
        } else if (v instanceof PyFunction f) {
            return "<function " + f.getQualName() + " at " + hexId(f) + ">";
        } else if (v instanceof PyBuiltinFunction f) {
            if (f.getOwner() == null) {
                return "<built-in function " + f.getName() + ">";
            }
            return "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
        } else if (v instanceof PyBoundMethod m) {
            Object fn = m.getFunction();
            if (fn instanceof PyBuiltinFunction bf) {
                return "<built-in method " + bf.getName() + " of " + PyOps.typeName(m.getSelf()) + " object at " + hexId(m.getSelf()) + ">";
            }
            String name = fn instanceof PyFunction pf ? pf.getQualName() : String.valueOf(PyOps.getAttrOrNull(fn, "__qualname__"));
            return "<bound method " + name + " of " + repr(ctx, m.getSelf()) + ">";
        } else if (v instanceof PyModule m) {
            return "<module '" + m.getName() + "' (built-in)>";
        } else if (v instanceof PyGenerator g) {
            return "<generator object " + g.getQualName() + " at " + hexId(g) + ">";
        } else if (v instanceof PyStaticMethod sm) {
            return "<staticmethod(" + repr(ctx, sm.getFunction()) + ")>";
        } else if (v instanceof PyClassMethod cm) {
            return "<classmethod(" + repr(ctx, cm.getFunction()) + ")>";
        } else if (v instanceof PySuper s) {
            return "<super: " + repr(ctx, s.getStartClass()) + ", " + repr(ctx, s.getSelf()) + ">";
        } else if (v == PyNotImplemented.INSTANCE) {
            return "NotImplemented";
        } else if (v == PyEllipsis.INSTANCE) {
            return "Ellipsis";
        } else if (v instanceof PyGetSetDescriptor g) {
            return "<attribute '" + g.getName() + "' of '" + g.getOwner().getName() + "' objects>";
        } else if (PyForeign.isForeign(v)) {
            return PyForeign.repr(v);
        }
        return defaultObjectRepr(v);
    }

    /** object.__repr__: {@code <__main__.C object at 0x...>}. */
    @TruffleBoundary
    public static String defaultObjectRepr(Object v) {
        PyClass c = PyOps.typeOf(v);
        String name = c.isBuiltin() ? c.getName() : c.getModule() + "." + c.getQualName();
        return "<" + name + " object at " + hexId(v) + ">";
    }

    /** BaseException.__repr__: {@code ValueError('x')}. */
    @TruffleBoundary
    public static String exceptionRepr(PyBaseExceptionObject e) {
        Object[] args = e.getArgs();
        String name = e.getPyClass().getName();
        if (args.length == 1) {
            return name + "(" + repr(args[0]) + ")";
        }
        return name + repr(new PyTuple(args));
    }

    /** BaseException.__str__ (KeyError shows the repr of a single key). */
    @TruffleBoundary
    public static String exceptionStr(PyBaseExceptionObject e) {
        Object[] args = e.getArgs();
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1) {
            return str(args[0]);
        }
        return str(new PyTuple(args));
    }

    @TruffleBoundary
    public static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        PyContext ctx = PyContext.get(null);
        ctx.enterRuntimeCall(" while getting the str of an object");
        try {
            if (v instanceof Long l) {
                return Long.toString(l);
            } else if (v instanceof Double d) {
                return PyFloatFormat.repr(d);
            } else if (v instanceof PyInstance) {
                Object f = PyOps.typeOf(v).lookup("__str__");
                if (f != PyTypes.OBJECT.getOwnAttribute("__str__")) {
                    return callForString(f, v, "__str__");
                }
                // object.__str__ calls the type's __repr__ unchecked; str() checks what comes back.
                f = PyOps.typeOf(v).lookup("__repr__");
                return f == PyTypes.OBJECT.getOwnAttribute("__repr__") ? defaultObjectRepr(v) : callForString(f, v, "__str__");
            }
            return reprBody(ctx, v);
        } finally {
            ctx.exitFrame();
        }
    }
}
