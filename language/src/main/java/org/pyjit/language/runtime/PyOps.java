package org.pyjit.language.runtime;

import java.math.BigInteger;

import org.pyjit.language.PyContext;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.parser.PyAst.UnaryOpKind;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The generic operations with full Python semantics: the slow paths behind the nodes' fast
 * specializations, and what builtins use. Every method is a Truffle boundary.
 */
public final class PyOps {
    private static final Object NI = PyNotImplemented.INSTANCE;
    private static final Object[] NO_ARGS = new Object[0];

    private PyOps() {
    }

    // ------------------------------------------------------------------------------------------ types

    public static PyClass typeOf(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return PyTypes.INT;
        } else if (v instanceof Double) {
            return PyTypes.FLOAT;
        } else if (v instanceof Boolean) {
            return PyTypes.BOOL;
        } else if (v instanceof String) {
            return PyTypes.STR;
        } else if (v instanceof PyObject o) {
            return o.getPyClass();
        } else if (PyForeign.isForeign(v)) {
            return PyForeign.FOREIGN;
        }
        return PyTypes.OBJECT;
    }

    @TruffleBoundary
    public static String typeName(Object v) {
        return typeOf(v).getName();
    }

    @TruffleBoundary
    public static boolean isInstance(Object v, Object classOrTuple) {
        if (classOrTuple instanceof PyClass c) {
            return typeOf(v).isSubclassOf(c);
        }
        if (classOrTuple instanceof PyTuple t) {
            for (Object o : t.getArray()) {
                if (isInstance(v, o)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @TruffleBoundary
    public static boolean isSubclass(Object c, Object classOrTuple) {
        // a tuple is taken apart first: issubclass(0, ()) is False in CPython
        if (!(classOrTuple instanceof PyTuple) && !(c instanceof PyClass)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (classOrTuple instanceof PyClass k) {
            return ((PyClass) c).isSubclassOf(k);
        }
        if (classOrTuple instanceof PyTuple t) {
            for (Object o : t.getArray()) {
                if (isSubclass(c, o)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** For {@code except E}: does the raised exception object match a class or a tuple of classes? */
    @TruffleBoundary
    public static boolean exceptionMatches(Object excObject, Object classOrTuple) {
        if (classOrTuple instanceof PyClass c) {
            if (!c.isExceptionClass()) {
                throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return typeOf(excObject).isSubclassOf(c);
        }
        if (classOrTuple instanceof PyTuple t) {
            // every item is checked before any matches, and must be a class itself (no nested tuples)
            for (Object o : t.getArray()) {
                if (!(o instanceof PyClass c) || !c.isExceptionClass()) {
                    throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
            }
            for (Object o : t.getArray()) {
                if (typeOf(excObject).isSubclassOf((PyClass) o)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    // ------------------------------------------------------------------------------------------ truth, identity, hash

    @TruffleBoundary
    public static boolean isTrue(Object v) {
        if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof Long l) {
            return l != 0;
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof Double d) {
            return d != 0.0;
        } else if (v == PyNone.NONE) {
            return false;
        } else if (v instanceof BigInteger) {
            return true;
        } else if (v instanceof PyList l) {
            return l.size() != 0;
        } else if (v instanceof PyTuple t) {
            return t.size() != 0;
        } else if (v instanceof PyDict d) {
            return d.size() != 0;
        } else if (v instanceof PyAbstractSet s) {
            return s.size() != 0;
        } else if (v instanceof PyRange r) {
            return r.length() != 0;
        } else if (v instanceof PyBigRange r) {
            return !r.isEmpty();
        } else if (v instanceof PyDictView dv) {
            return dv.getDict().size() != 0;
        } else if (v instanceof PyInstance) {
            PyClass t = typeOf(v);
            Object f = t.lookup("__bool__");
            if (f != null) {
                Object r = callUnbound(f, v, NO_ARGS, null);
                if (r instanceof Boolean b) {
                    return b;
                }
                throw PyErrors.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            f = t.lookup("__len__");
            if (f != null) {
                return lenOfResult(callUnbound(f, v, NO_ARGS, null)) != 0;
            }
            return true;
        } else if (PyForeign.isForeign(v)) {
            return PyForeign.isTrue(v);
        }
        return true;
    }

    @TruffleBoundary
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.equals(y);
        }
        return false;
    }

    @TruffleBoundary
    public static long id(Object v) {
        if (v instanceof PyObject o) {
            return o.getPyId();
        }
        if (v instanceof Boolean b) {
            return b ? 0x7f3a5bf00a40L : 0x7f3a5bf00a20L;
        }
        if (v instanceof Long l && l >= -5 && l <= 256) {
            return 0x7f3a5bf10000L + (l + 5) * 32;
        }
        return 0x7f3a00000000L + ((long) System.identityHashCode(v) << 4);
    }

    @TruffleBoundary
    public static long hash(Object v) {
        if (v instanceof Long l) {
            return PyHash.hashLong(l);
        } else if (v instanceof String s) {
            return PyHash.hashString(s);
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof Double d) {
            return PyHash.hashDouble(d, v);
        } else if (v instanceof BigInteger b) {
            return PyHash.hashBig(b);
        } else if (v instanceof PyTuple t) {
            return hashTuple(t.getArray());
        } else if (v instanceof PyFrozenSet fs) {
            return hashFrozenSet(fs);
        } else if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PySlice || v instanceof PyDictView) {
            throw PyErrors.typeError("unhashable type: '" + typeName(v) + "'");
        } else if (v instanceof PyBigRange r) {
            return r.hash();
        } else if (v instanceof PyRange r) {
            long n = r.length();
            return hashTuple(new Object[]{n, n == 0 ? PyNone.NONE : (Object) r.getStart(), n <= 1 ? PyNone.NONE : (Object) r.getStep()});
        } else if (v instanceof PyBoundMethod m) {
            return hash(m.getSelf()) ^ identityHash(m.getFunction());
        } else if (v instanceof PyInstance) {
            Object f = typeOf(v).lookup("__hash__");
            if (f == PyNone.NONE || f == null) {
                throw PyErrors.typeError("unhashable type: '" + typeName(v) + "'");
            }
            if (f == PyTypes.OBJECT.getOwnAttribute("__hash__")) {
                return identityHash(v);
            }
            Object r = callUnbound(f, v, NO_ARGS, null);
            if (r instanceof Long l) {
                return PyHash.hashLong(l);
            } else if (r instanceof BigInteger b) {
                return PyHash.hashBig(b);
            } else if (r instanceof Boolean b) {
                return b ? 1 : 0;
            }
            throw PyErrors.typeError("__hash__ method should return an integer");
        }
        return identityHash(v);
    }

    public static long identityHash(Object v) {
        long h = id(v) >>> 4;
        return h == -1 ? -2 : h;
    }

    private static final long XXPRIME_1 = -7046029288634856825L;
    private static final long XXPRIME_2 = -4417276706812531889L;
    private static final long XXPRIME_5 = 2870177450012600261L;

    /** CPython's tuple hash (an xxHash variant), so that sets of tuples iterate in CPython's order. */
    @TruffleBoundary
    public static long hashTuple(Object[] items) {
        long acc = XXPRIME_5;
        for (Object o : items) {
            long lane = hash(o);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @TruffleBoundary
    private static long hashFrozenSet(PyFrozenSet s) {
        long h = 0;
        for (Object o : s.toArray()) {
            h ^= shuffleBits(PyDict.hashOf(o));
        }
        h ^= ((long) s.size() + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    // ------------------------------------------------------------------------------------------ calls

    @TruffleBoundary
    public static Object call(Object callee, Object[] args, String[] kwNames) {
        if (callee instanceof PyCallable c) {
            return c.call(args, kwNames);
        }
        if (callee instanceof PyInstance) {
            Object f = typeOf(callee).lookup("__call__");
            if (f != null) {
                return callUnbound(f, callee, args, kwNames);
            }
        } else if (callee instanceof PyStaticMethod sm) {
            return call(sm.getFunction(), args, kwNames);
        } else if (PyForeign.isForeign(callee) && PyForeign.isCallable(callee)) {
            return PyForeign.call(callee, args, kwNames);
        }
        throw PyErrors.typeError("'" + typeName(callee) + "' object is not callable");
    }

    public static Object call(Object callee, Object... args) {
        return call(callee, args, null);
    }

    /** Calls an attribute found on the type of self (a special method) with self bound as a method would be. */
    @TruffleBoundary
    public static Object callUnbound(Object fn, Object self, Object[] args, String[] kwNames) {
        if (fn instanceof PyFunction || fn instanceof PyBuiltinFunction) {
            Object[] a = new Object[args.length + 1];
            a[0] = self;
            System.arraycopy(args, 0, a, 1, args.length);
            return ((PyCallable) fn).call(a, kwNames);
        }
        return call(PyAttributes.bindDescriptor(fn, self, typeOf(self)), args, kwNames);
    }

    /** {@code obj.name(*args)}. */
    @TruffleBoundary
    public static Object callMethod(Object obj, String name, Object... args) {
        return call(getAttr(obj, name), args, null);
    }

    // ------------------------------------------------------------------------------------------ arithmetic

    /** The special method of a binary operator: {@code __add__}, {@code __truediv__}, ... */
    public static String dunder(BinOpKind op) {
        return switch (op) {
            case ADD -> "__add__";
            case SUB -> "__sub__";
            case MUL -> "__mul__";
            case DIV -> "__truediv__";
            case FLOORDIV -> "__floordiv__";
            case MOD -> "__mod__";
            case POW -> "__pow__";
            case LSHIFT -> "__lshift__";
            case RSHIFT -> "__rshift__";
            case BITOR -> "__or__";
            case BITXOR -> "__xor__";
            case BITAND -> "__and__";
            case MATMUL -> "__matmul__";
        };
    }

    public static String reflected(String name) {
        return "__r" + name.substring(2);
    }

    private static String inplace(String name) {
        return "__i" + name.substring(2);
    }

    public static Object binaryOp(BinOpKind op, Object a, Object b) {
        return binaryOp(op, a, b, false);
    }

    /** The operator, or for {@code augmented} the one of {@code a op= b} when a has no in-place method. */
    @TruffleBoundary
    public static Object binaryOp(BinOpKind op, Object a, Object b, boolean augmented) {
        Object r = binaryOrNotImplemented(op, a, b);
        if (r == NI) {
            throw unsupportedBinary(augmented ? op.symbol + "=" : op.symbol, op, a, b);
        }
        return r;
    }

    /** The binary operation, or NotImplemented when neither operand supports it. */
    @TruffleBoundary
    public static Object binaryOrNotImplemented(BinOpKind op, Object a, Object b) {
        boolean ua = a instanceof PyInstance;
        boolean ub = b instanceof PyInstance;
        if (!ua && !ub) {
            Object r = PyBuiltinOps.binary(op, a, b);
            if (r == NI && (PyForeign.isForeign(a) || PyForeign.isForeign(b))) {
                // Foreign numbers and strings take part in arithmetic as the Python values they convert to.
                Object ca = PyInterop.fromForeign(a);
                Object cb = PyInterop.fromForeign(b);
                if (ca != a || cb != b) {
                    return binaryOrNotImplemented(op, ca, cb);
                }
            }
            return r;
        }
        PyClass ta = typeOf(a);
        PyClass tb = typeOf(b);
        String name = dunder(op);
        Object fb = ub && tb != ta ? tb.lookup(reflected(name)) : null;
        Object r;
        if (fb != null && tb.isSubclassOf(ta)) {
            r = callUnbound(fb, b, new Object[]{a}, null);
            if (r != NI) {
                return r;
            }
            fb = null;
        }
        if (ua) {
            Object fa = ta.lookup(name);
            if (fa != null) {
                r = callUnbound(fa, a, new Object[]{b}, null);
                if (r != NI) {
                    return r;
                }
            }
        } else {
            r = PyBuiltinOps.binary(op, a, b);
            if (r != NI) {
                return r;
            }
        }
        if (fb != null) {
            r = callUnbound(fb, b, new Object[]{a}, null);
            if (r != NI) {
                return r;
            }
        }
        if (op == BinOpKind.MUL) {
            // after the number methods, CPython repeats a sequence by any count with __index__
            if (isSequenceForRepeat(a) && isIndexLike(b)) {
                return PyBuiltinOps.repeat(a, repeatCount(b));
            }
            if (isSequenceForRepeat(b) && isIndexLike(a)) {
                return PyBuiltinOps.repeat(b, repeatCount(a));
            }
        }
        return NI;
    }

    private static Object repeatCount(Object v) {
        Object n = index(v);
        if (n instanceof BigInteger) {
            throw PyErrors.overflowError("cannot fit '" + typeName(v) + "' into an index-sized integer");
        }
        return n;
    }

    /** An int, or an object with __index__ (what CPython accepts as a sequence index or a count). */
    public static boolean isIndexLike(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger || v instanceof PyInstance && typeOf(v).lookup("__index__") != null;
    }

    private static PyException unsupportedBinary(String symbol, BinOpKind op, Object a, Object b) {
        if (op == BinOpKind.ADD && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
            String tn = typeName(a);
            return PyErrors.typeError("can only concatenate " + tn + " (not \"" + typeName(b) + "\") to " + tn);
        }
        if (op == BinOpKind.MUL) {
            // Like CPython, the left operand's sequence repeat is tried first, then the right one's.
            if (isSequenceForRepeat(a)) {
                return PyErrors.typeError("can't multiply sequence by non-int of type '" + typeName(b) + "'");
            }
            // in place, the right operand's repeat is only tried when the left one has no sequence
            // methods at all (PyNumber_InPlaceMultiply): a dict, set or range does not get that far
            if (isSequenceForRepeat(b) && !(symbol.endsWith("=") && hasSequenceMethods(a))) {
                return PyErrors.typeError("can't multiply sequence by non-int of type '" + typeName(a) + "'");
            }
        }
        if (op == BinOpKind.POW && symbol.equals("**")) {
            return PyErrors.typeError("unsupported operand type(s) for ** or pow(): '" + typeName(a) + "' and '" + typeName(b) + "'");
        }
        return PyErrors.typeError("unsupported operand type(s) for " + symbol + ": '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    /** Whether CPython's type of v has tp_as_sequence (containers, and every class defined in Python). */
    private static boolean hasSequenceMethods(Object v) {
        return isSequenceForRepeat(v) || v instanceof PyDict || v instanceof PyAbstractSet || v instanceof PyRange || v instanceof PyBigRange ||
                        v instanceof PyDictView || v instanceof PyInstance;
    }

    private static boolean isSequenceForRepeat(Object v) {
        return v instanceof String || v instanceof PyList || v instanceof PyTuple;
    }

    @TruffleBoundary
    public static Object inplaceOp(BinOpKind op, Object a, Object b) {
        if (a instanceof PyInstance) {
            Object f = typeOf(a).lookup(inplace(dunder(op)));
            if (f != null) {
                Object r = callUnbound(f, a, new Object[]{b}, null);
                if (r != NI) {
                    return r;
                }
            }
        } else {
            Object r = PyBuiltinOps.inplace(op, a, b instanceof PyInstance && op == BinOpKind.MUL && a instanceof PyList && isIndexLike(b) ? repeatCount(b) : b);
            if (r != NI) {
                return r;
            }
        }
        return binaryOp(op, a, b, true);
    }

    @TruffleBoundary
    public static Object unaryOp(UnaryOpKind op, Object v) {
        if (op == UnaryOpKind.NOT) {
            return !isTrue(v);
        }
        Object r;
        String name;
        String sym;
        switch (op) {
            case NEG -> {
                r = PyArith.neg(v);
                name = "__neg__";
                sym = "-";
            }
            case POS -> {
                r = PyArith.pos(v);
                name = "__pos__";
                sym = "+";
            }
            default -> {
                r = PyArith.invert(v);
                name = "__invert__";
                sym = "~";
            }
        }
        if (r != NI) {
            return r;
        }
        if (v instanceof PyInstance) {
            Object f = typeOf(v).lookup(name);
            if (f != null) {
                return callUnbound(f, v, NO_ARGS, null);
            }
        }
        throw PyErrors.typeError("bad operand type for unary " + sym + ": '" + typeName(v) + "'");
    }

    /** abs(v). */
    @TruffleBoundary
    public static Object abs(Object v) {
        Object r = PyArith.abs(v);
        if (r != NI) {
            return r;
        }
        if (v instanceof PyInstance) {
            Object f = typeOf(v).lookup("__abs__");
            if (f != null) {
                return callUnbound(f, v, NO_ARGS, null);
            }
        }
        throw PyErrors.typeError("bad operand type for abs(): '" + typeName(v) + "'");
    }

    // ------------------------------------------------------------------------------------------ comparison

    /** The special method of a comparison: {@code __eq__}, {@code __lt__}, ... */
    public static String cmpDunder(CmpOpKind op) {
        return switch (op) {
            case EQ -> "__eq__";
            case NE -> "__ne__";
            case LT -> "__lt__";
            case LE -> "__le__";
            case GT -> "__gt__";
            case GE -> "__ge__";
            default -> throw new IllegalArgumentException();
        };
    }

    private static CmpOpKind swapped(CmpOpKind op) {
        return switch (op) {
            case LT -> CmpOpKind.GT;
            case LE -> CmpOpKind.GE;
            case GT -> CmpOpKind.LT;
            case GE -> CmpOpKind.LE;
            default -> op;
        };
    }

    @TruffleBoundary
    public static Object compare(CmpOpKind op, Object a, Object b) {
        switch (op) {
            case IS:
                return is(a, b);
            case IS_NOT:
                return !is(a, b);
            case IN:
                return contains(b, a);
            case NOT_IN:
                return !contains(b, a);
            default:
                return richCompare(op, a, b);
        }
    }

    /** For min (op LT) and max (op GT): whether key k replaces the best key so far. */
    public static boolean better(CmpOpKind op, Object k, Object bestKey) {
        if (k instanceof Long a && bestKey instanceof Long b) {
            return op == CmpOpKind.LT ? a < b : a > b;
        }
        if (k instanceof Double a && bestKey instanceof Double b) {
            return op == CmpOpKind.LT ? a < b : a > b;
        }
        return isTrue(richCompare(op, k, bestKey));
    }

    /** How CPython names a callee in the errors of a call (_PyObject_FunctionStr): {@code __main__.f()}, {@code len()}, {@code list.append()}. */
    @TruffleBoundary
    public static String functionStr(Object callee) {
        Object qualName = getAttrOrNull(callee, "__qualname__");
        if (qualName == null) {
            return str(callee);
        }
        Object module = getAttrOrNull(callee, "__module__");
        if (module != null && module != PyNone.NONE && !"builtins".equals(module)) {
            return str(module) + "." + str(qualName) + "()";
        }
        return str(qualName) + "()";
    }

    /** PyObject_RichCompare: one level deeper for the recursion limit, as in CPython. */
    @TruffleBoundary
    public static Object richCompare(CmpOpKind op, Object a, Object b) {
        PyContext ctx = PyContext.get(null);
        ctx.enterRuntimeCall(" in comparison");
        try {
            return richCompareBody(op, a, b);
        } finally {
            ctx.exitFrame();
        }
    }

    private static Object richCompareBody(CmpOpKind op, Object a, Object b) {
        boolean ua = a instanceof PyInstance;
        boolean ub = b instanceof PyInstance;
        Object r;
        if (!ua && !ub) {
            r = PyBuiltinOps.compare(op, a, b);
            if (r != NI) {
                return r;
            }
        } else {
            PyClass ta = typeOf(a);
            PyClass tb = typeOf(b);
            boolean reverseDone = false;
            if (ub && ta != tb && tb.isSubclassOf(ta)) {
                Object fb = tb.lookup(cmpDunder(swapped(op)));
                if (fb != null) {
                    r = callUnbound(fb, b, new Object[]{a}, null);
                    if (r != NI) {
                        return r;
                    }
                }
                reverseDone = true;
            }
            if (ua) {
                Object fa = ta.lookup(cmpDunder(op));
                if (fa != null) {
                    r = callUnbound(fa, a, new Object[]{b}, null);
                    if (r != NI) {
                        return r;
                    }
                }
            } else {
                r = PyBuiltinOps.compare(op, a, b);
                if (r != NI) {
                    return r;
                }
            }
            if (!reverseDone && ub) {
                Object fb = tb.lookup(cmpDunder(swapped(op)));
                if (fb != null) {
                    r = callUnbound(fb, b, new Object[]{a}, null);
                    if (r != NI) {
                        return r;
                    }
                }
            }
        }
        if (op == CmpOpKind.EQ) {
            return is(a, b);
        } else if (op == CmpOpKind.NE) {
            return !is(a, b);
        }
        throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    @TruffleBoundary
    public static boolean eq(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return isTrue(richCompare(CmpOpKind.EQ, a, b));
    }

    /** Identity or equality, as containers compare their elements (so a NaN finds itself). */
    @TruffleBoundary
    public static boolean sameOrEq(Object a, Object b) {
        return a == b || eq(a, b);
    }

    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return PyStrings.compare(x, y) < 0;
        }
        return isTrue(richCompare(CmpOpKind.LT, a, b));
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        if (container instanceof String s) {
            if (item instanceof String x) {
                return s.contains(x);
            }
            throw PyErrors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
        } else if (container instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) {
                if (sameOrEq(l.get(i), item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PyTuple t) {
            for (Object o : t.getArray()) {
                if (sameOrEq(o, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PyDict d) {
            return d.containsKey(item);
        } else if (container instanceof PyAbstractSet s) {
            if (item instanceof PySet ps) {
                // CPython retries a set element as a frozenset.
                PyFrozenSet f = new PyFrozenSet();
                f.addAllFrom(ps);
                return s.contains(f);
            }
            return s.contains(item);
        } else if (container instanceof PyRange r) {
            if (item instanceof Long || item instanceof Boolean) {
                long v = PyInt.toLong(item);
                long start = r.getStart();
                long step = r.getStep();
                if (r.length() == 0) {
                    return false;
                }
                long last = r.item(r.length() - 1);
                long lo = Math.min(start, last);
                long hi = Math.max(start, last);
                return v >= lo && v <= hi && Math.floorMod(v - start, Math.abs(step)) == 0;
            }
            if (item instanceof BigInteger) {
                return false;
            }
        } else if (container instanceof PyBigRange r) {
            if (item instanceof Long || item instanceof Boolean || item instanceof BigInteger) {
                return r.containsInt(item);
            }
        } else if (container instanceof PyDictView dv) {
            return dv.contains(item);
        } else if (container instanceof PyInstance) {
            Object f = typeOf(container).lookup("__contains__");
            if (f != null) {
                return isTrue(callUnbound(f, container, new Object[]{item}, null));
            }
            if (typeOf(container).lookup("__iter__") == null && typeOf(container).lookup("__getitem__") == null) {
                throw PyErrors.typeError("argument of type '" + typeName(container) + "' is not iterable");
            }
        }
        if (!isIterable(container)) {
            throw PyErrors.typeError("argument of type '" + typeName(container) + "' is not iterable");
        }
        Object it = getIter(container);
        Object v;
        while ((v = next(it)) != null) {
            if (sameOrEq(v, item)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------------------------------ text

    @TruffleBoundary
    public static String repr(Object v) {
        return PyRepr.repr(v);
    }

    @TruffleBoundary
    public static String str(Object v) {
        return PyRepr.str(v);
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        return PyFormatter.format(value, spec);
    }

    // ------------------------------------------------------------------------------------------ attributes

    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        return PyAttributes.getAttr(obj, name);
    }

    @TruffleBoundary
    public static Object getAttrOrNull(Object obj, String name) {
        return PyAttributes.getAttrOrNull(obj, name);
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        PyAttributes.setAttr(obj, name, value);
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        PyAttributes.delAttr(obj, name);
    }

    @TruffleBoundary
    public static boolean hasAttr(Object obj, String name) {
        return PyAttributes.getAttrOrNull(obj, name) != null;
    }

    // ------------------------------------------------------------------------------------------ items

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        return PyItems.getItem(obj, key);
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        PyItems.setItem(obj, key, value);
    }

    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        PyItems.delItem(obj, key);
    }

    @TruffleBoundary
    public static long len(Object obj) {
        return PyItems.len(obj);
    }

    static long lenOfResult(Object r) {
        if (r instanceof Long l) {
            if (l < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            return l;
        } else if (r instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (r instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw PyErrors.valueError("__len__() should return >= 0");
            }
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        throw PyErrors.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
    }

    /** An int, bool or object with {@code __index__} as a Python int (Long or BigInteger). */
    @TruffleBoundary
    public static Object index(Object v) {
        if (v instanceof Long || v instanceof BigInteger) {
            return v;
        } else if (v instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (v instanceof PyInstance) {
            Object f = typeOf(v).lookup("__index__");
            if (f != null) {
                Object r = callUnbound(f, v, NO_ARGS, null);
                if (r instanceof Long || r instanceof BigInteger) {
                    return r;
                }
                throw PyErrors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
            }
        }
        throw PyErrors.typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** An index-like value as a long, raising OverflowError like CPython's ssize_t conversion. */
    @TruffleBoundary
    public static long indexAsLong(Object v) {
        Object i = index(v);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** An index-like value as a long, huge values clamped to the long range (for ndigits and such). */
    @TruffleBoundary
    public static long indexAsLongClamped(Object v) {
        Object i = index(v);
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** A slice bound: ints clamp to the long range instead of failing. */
    @TruffleBoundary
    public static long sliceIndex(Object v) {
        Object i;
        try {
            i = index(v);
        } catch (PyException e) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (i instanceof Long l) {
            return l;
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }

    // ------------------------------------------------------------------------------------------ iteration

    @TruffleBoundary
    public static boolean isIterable(Object v) {
        if (v instanceof String || v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PyAbstractSet ||
                        v instanceof PyRange || v instanceof PyBigRange || v instanceof PyIterator || v instanceof PyDictView) {
            return true;
        }
        if (PyForeign.isForeign(v)) {
            return PyForeign.isIterable(v);
        }
        if (v instanceof PyInstance) {
            PyClass t = typeOf(v);
            return t.lookup("__iter__") != null || t.lookup("__getitem__") != null;
        }
        return false;
    }

    /** iter(obj): a PyIterator, or a user object with {@code __next__}. */
    @TruffleBoundary
    public static Object getIter(Object obj) {
        return PyIterators.getIter(obj);
    }

    /** The next value of an iterator, or null when it is exhausted (StopIteration swallowed). */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator it) {
            return it.nextOrNull();
        }
        Object f = typeOf(iterator).lookup("__next__");
        if (f == null) {
            throw PyErrors.typeError("'" + typeName(iterator) + "' object is not an iterator");
        }
        try {
            return callUnbound(f, iterator, NO_ARGS, null);
        } catch (PyException e) {
            if (typeOf(e.getPyException()).isSubclassOf(PyTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** All values of an iterable, in order. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l) {
            return l.toArray();
        } else if (iterable instanceof PyTuple t) {
            return t.getArray().clone();
        }
        Object it = getIter(iterable);
        Object[] buf = new Object[8];
        int n = 0;
        Object v;
        while ((v = next(it)) != null) {
            if (n == buf.length) {
                buf = java.util.Arrays.copyOf(buf, n * 2);
            }
            buf[n++] = v;
        }
        return java.util.Arrays.copyOf(buf, n);
    }

    /** Unpacking into exactly {@code count} targets with CPython's errors. */
    @TruffleBoundary
    public static Object[] unpack(Object iterable, int count) {
        if (iterable instanceof PyTuple t && t.size() == count) {
            return t.getArray();
        }
        if (iterable instanceof PyList l && l.size() == count) {
            return l.toArray();
        }
        if (!isIterable(iterable)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + typeName(iterable) + " object");
        }
        Object it = getIter(iterable);
        Object[] r = new Object[count];
        for (int i = 0; i < count; i++) {
            Object v = next(it);
            if (v == null) {
                throw PyErrors.valueError("not enough values to unpack (expected " + count + ", got " + i + ")");
            }
            r[i] = v;
        }
        if (next(it) != null) {
            throw PyErrors.valueError("too many values to unpack (expected " + count + ")");
        }
        return r;
    }

    /**
     * Unpacking with one starred target: {@code before} values, a list for the star, {@code after}
     * values. The result has before + 1 + after entries.
     */
    @TruffleBoundary
    public static Object[] unpackStarred(Object iterable, int before, int after) {
        if (!isIterable(iterable)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + typeName(iterable) + " object");
        }
        Object[] all = toArray(iterable);
        if (all.length < before + after) {
            throw PyErrors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
        }
        Object[] r = new Object[before + 1 + after];
        System.arraycopy(all, 0, r, 0, before);
        int mid = all.length - before - after;
        Object[] star = new Object[mid];
        System.arraycopy(all, before, star, 0, mid);
        r[before] = new PyList(star);
        System.arraycopy(all, before + mid, r, before + 1, after);
        return r;
    }
}
