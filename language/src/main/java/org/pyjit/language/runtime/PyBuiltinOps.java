package org.pyjit.language.runtime;

import java.math.BigInteger;
import java.util.function.BinaryOperator;

import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Binary operators and comparisons of the builtin types; NotImplemented when the operands are not handled. */
final class PyBuiltinOps {
    private static final Object NI = PyNotImplemented.INSTANCE;

    private PyBuiltinOps() {
    }

    @TruffleBoundary
    static Object binary(BinOpKind op, Object a, Object b) {
        Object r;
        switch (op) {
            case ADD:
                if (a instanceof String x && b instanceof String y) {
                    return x.concat(y);
                } else if (a instanceof PyList x && b instanceof PyList y) {
                    return new PyList(concat(x.readItems(), x.size(), y.readItems(), y.size()));
                } else if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    return new PyTuple(concat(x.getArray(), x.size(), y.getArray(), y.size()));
                }
                return PyArith.add(a, b);
            case SUB:
                r = setOperation(a, b, PySetOps::difference);
                return r != null ? r : PyArith.sub(a, b);
            case MUL:
                if (PyInt.isInt(b) && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
                    return repeat(a, b);
                }
                if (PyInt.isInt(a) && (b instanceof String || b instanceof PyList || b instanceof PyTuple)) {
                    return repeat(b, a);
                }
                return PyArith.mul(a, b);
            case DIV:
                return PyArith.trueDiv(a, b);
            case FLOORDIV:
                return PyArith.floorDiv(a, b);
            case MOD:
                if (a instanceof String s) {
                    return PyPercentFormat.format(s, b);
                }
                return PyArith.mod(a, b);
            case POW:
                return PyArith.pow(a, b);
            case LSHIFT:
                return PyArith.lshift(a, b);
            case RSHIFT:
                return PyArith.rshift(a, b);
            case BITAND:
                r = setOperation(a, b, PySetOps::intersection);
                return r != null ? r : PyArith.and(a, b);
            case BITOR:
                if (a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict merged = x.copy();
                    PyDictOps.update(merged, y);
                    return merged;
                }
                r = setOperation(a, b, PySetOps::union);
                return r != null ? r : PyArith.or(a, b);
            case BITXOR:
                r = setOperation(a, b, PySetOps::symmetricDifference);
                return r != null ? r : PyArith.xor(a, b);
            default:
                return NI;
        }
    }

    /** A set operator on two sets, or on a keys/items view and any iterable; null when neither applies. */
    private static Object setOperation(Object a, Object b, BinaryOperator<PyAbstractSet> op) {
        if (a instanceof PyAbstractSet x && b instanceof PyAbstractSet y) {
            return op.apply(x, y);
        }
        if (a instanceof PyDictView x && x.isSetLike() && PyOps.isIterable(b)) {
            return op.apply(x.toSet(), PySetOps.toSet(b));
        }
        // a view on the right: CPython's view methods take either order, the other operand made a set
        if (b instanceof PyDictView y && y.isSetLike() && PyOps.isIterable(a)) {
            return op.apply(PySetOps.toSet(a), y.toSet());
        }
        return null;
    }

    private static boolean isSetOrSetLikeView(Object v) {
        return v instanceof PyAbstractSet || v instanceof PyDictView dv && dv.isSetLike();
    }

    private static PyAbstractSet asSet(Object v) {
        return v instanceof PyDictView dv ? dv.toSet() : (PyAbstractSet) v;
    }

    /** The first {@code xn} items of x followed by the first {@code yn} of y. */
    private static Object[] concat(Object[] x, int xn, Object[] y, int yn) {
        Object[] r = new Object[xn + yn];
        System.arraycopy(x, 0, r, 0, xn);
        System.arraycopy(y, 0, r, xn, yn);
        return r;
    }

    @TruffleBoundary
    static Object inplace(BinOpKind op, Object a, Object b) {
        if (a instanceof PyList l) {
            if (op == BinOpKind.ADD) {
                if (b instanceof PyList other) {
                    l.addAll(other.readItems(), other.size());
                } else {
                    if (!PyOps.isIterable(b)) {
                        if (b instanceof PyInstance) {
                            return NI;
                        }
                        // list += x is list.extend(x) in CPython
                        throw PyErrors.typeError("'" + PyOps.typeName(b) + "' object is not iterable");
                    }
                    Object[] items = PyOps.toArray(b);
                    l.addAll(items, items.length);
                }
                return l;
            }
            if (op == BinOpKind.MUL && PyInt.isInt(b)) {
                PyList r = (PyList) repeat(l, b);
                l.setContents(r.getStorage(), r.size());
                return l;
            }
        } else if (a instanceof PySet s && b instanceof PyAbstractSet o) {
            switch (op) {
                case BITOR:
                    s.addAllFrom(o);
                    return s;
                case BITAND:
                    PySetOps.intersectionUpdate(s, o);
                    return s;
                case SUB:
                    PySetOps.differenceUpdate(s, o);
                    return s;
                case BITXOR:
                    PySetOps.symmetricDifferenceUpdate(s, o);
                    return s;
                default:
                    return NI;
            }
        } else if (a instanceof PyDict d && op == BinOpKind.BITOR) {
            PyDictOps.updateFromAny(d, b);
            return d;
        }
        return NI;
    }

    @TruffleBoundary
    static Object repeat(Object seq, Object count) {
        Object c = count instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : count;
        if (c instanceof BigInteger) {
            throw PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = Math.max(0, (Long) c);
        if (seq instanceof String s) {
            if (s.isEmpty() || n == 0) {
                return "";
            }
            if (n > Long.MAX_VALUE / s.length()) {
                throw PyErrors.overflowError("repeated string is too long");
            }
            PyErrors.checkedLength(n, s.length());
            return s.repeat((int) n);
        }
        Object[] src = seq instanceof PyList l ? l.readItems() : ((PyTuple) seq).getArray();
        int len = seq instanceof PyList l ? l.size() : src.length;
        int total = PyErrors.checkedLength(n, len);
        if (seq instanceof PyList) {
            return PyList.repeated(src, len, (int) n);
        }
        Object[] r = new Object[total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, 0, r, i * len, len);
        }
        return PyTuple.of(r);
    }

    private static Object cmpResult(CmpOpKind op, int c) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalArgumentException();
        };
    }

    @TruffleBoundary
    static Object compare(CmpOpKind op, Object a, Object b) {
        if (PyArith.isNumber(a) && PyArith.isNumber(b)) {
            int c = PyArith.compareNumbers(a, b);
            if (c == 2) {
                return op == CmpOpKind.NE;
            }
            return cmpResult(op, c);
        }
        if (a instanceof String x && b instanceof String y) {
            return cmpResult(op, PyStrings.compare(x, y));
        }
        if (a instanceof PyList x && b instanceof PyList y) {
            return compareSequences(op, x.readItems(), x.size(), y.readItems(), y.size());
        }
        if (a instanceof PyTuple x && b instanceof PyTuple y) {
            return compareSequences(op, x.getArray(), x.size(), y.getArray(), y.size());
        }
        if (isSetOrSetLikeView(a) && isSetOrSetLikeView(b) && (a instanceof PyDictView || b instanceof PyDictView)) {
            // a keys or items view compares with sets and views as the set of its elements
            return compare(op, asSet(a), asSet(b));
        }
        if (a instanceof PyAbstractSet x && b instanceof PyAbstractSet y) {
            return switch (op) {
                case EQ -> x.size() == y.size() && PySetOps.isSubset(x, y);
                case NE -> !(x.size() == y.size() && PySetOps.isSubset(x, y));
                case LE -> PySetOps.isSubset(x, y);
                case LT -> x.size() < y.size() && PySetOps.isSubset(x, y);
                case GE -> PySetOps.isSubset(y, x);
                case GT -> x.size() > y.size() && PySetOps.isSubset(y, x);
                default -> NI;
            };
        }
        if (op == CmpOpKind.EQ || op == CmpOpKind.NE) {
            boolean eq;
            if (a instanceof PyDict x && b instanceof PyDict y) {
                eq = PyDictOps.dictEquals(x, y);
            } else if (a instanceof PyRange x && b instanceof PyRange y) {
                eq = x.length() == y.length() && (x.length() == 0 || (x.getStart() == y.getStart() && (x.length() == 1 || x.getStep() == y.getStep())));
            } else if ((a instanceof PyRange || a instanceof PyBigRange) && (b instanceof PyRange || b instanceof PyBigRange)) {
                eq = PyBigRange.sameSequence(a, b);
            } else if (a instanceof PySlice x && b instanceof PySlice y) {
                eq = PyOps.eq(PyTuple.of(x.getStart(), x.getStop(), x.getStep()), PyTuple.of(y.getStart(), y.getStop(), y.getStep()));
            } else if (a instanceof PyBoundMethod x && b instanceof PyBoundMethod y) {
                eq = x.getSelf() == y.getSelf() && x.getFunction() == y.getFunction();
            } else {
                return NI;
            }
            return op == CmpOpKind.EQ ? eq : !eq;
        }
        return NI;
    }

    private static Object compareSequences(CmpOpKind op, Object[] x, int nx, Object[] y, int ny) {
        if ((op == CmpOpKind.EQ || op == CmpOpKind.NE) && nx != ny) {
            return op == CmpOpKind.NE;
        }
        int n = Math.min(nx, ny);
        for (int i = 0; i < n; i++) {
            if (!PyOps.sameOrEq(x[i], y[i])) {
                if (op == CmpOpKind.EQ) {
                    return false;
                } else if (op == CmpOpKind.NE) {
                    return true;
                }
                return PyOps.richCompare(op, x[i], y[i]);
            }
        }
        return cmpResult(op, Integer.compare(nx, ny));
    }
}
