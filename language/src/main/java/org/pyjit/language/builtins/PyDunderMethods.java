package org.pyjit.language.builtins;

import java.math.BigInteger;
import java.util.function.Predicate;

import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.parser.PyAst.UnaryOpKind;
import org.pyjit.language.runtime.PyAbstractSet;
import org.pyjit.language.runtime.PyBigRange;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyNotImplemented;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRange;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/**
 * The special methods of the builtin types as methods a program can call itself:
 * {@code (7).__hash__()}, {@code [1, 2].__repr__()}, {@code (3).__lt__(4)}, {@code 'a'.__add__('b')},
 * {@code int.__add__(1, 2)}. Operators do not go through them (they dispatch on the operands
 * directly); these give what CPython's slot of that type gives: NotImplemented for an operand of a
 * type the slot does not handle ({@code (1).__add__(2.5)}, {@code (1).__eq__(1.0)}), the result
 * otherwise, with CPython's argument errors.
 */
final class PyDunderMethods {
    private static final Object NI = PyNotImplemented.INSTANCE;

    private PyDunderMethods() {
    }

    static void install() {
        PyClass object = PyTypes.OBJECT;
        for (CmpOpKind op : new CmpOpKind[]{CmpOpKind.LT, CmpOpKind.LE, CmpOpKind.GT, CmpOpKind.GE}) {
            slot(object, PyOps.cmpDunder(op), 1, 1, args -> NI);
        }

        Predicate<Object> isInt = v -> v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
        Predicate<Object> isNumber = v -> isInt.test(v) || v instanceof Double;
        numeric(PyTypes.INT, isInt, true);
        numeric(PyTypes.FLOAT, isNumber, false);

        sequence(PyTypes.STR, v -> v instanceof String);
        sequence(PyTypes.LIST, v -> v instanceof PyList);
        sequence(PyTypes.TUPLE, v -> v instanceof PyTuple);
        slot(PyTypes.STR, "__mod__", 1, 1, args -> PyOps.binaryOp(BinOpKind.MOD, args[0], args[1]));

        Predicate<Object> isDict = v -> v instanceof PyDict;
        equality(PyTypes.DICT, isDict);
        binary(PyTypes.DICT, BinOpKind.BITOR, isDict);

        Predicate<Object> isSet = v -> v instanceof PyAbstractSet;
        for (PyClass c : new PyClass[]{PyTypes.SET, PyTypes.FROZENSET}) {
            comparisons(c, isSet);
            for (BinOpKind op : new BinOpKind[]{BinOpKind.BITOR, BinOpKind.BITAND, BinOpKind.BITXOR, BinOpKind.SUB}) {
                binary(c, op, isSet);
            }
        }

        equality(PyTypes.RANGE, v -> v instanceof PyRange || v instanceof PyBigRange);
        slot(PyTypes.NONE_TYPE, "__bool__", 0, 0, args -> false);

        for (PyClass c : new PyClass[]{PyTypes.INT, PyTypes.FLOAT, PyTypes.STR, PyTypes.LIST, PyTypes.TUPLE, PyTypes.DICT, PyTypes.SET,
                        PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.NONE_TYPE}) {
            slot(c, "__repr__", 0, 0, args -> PyOps.repr(args[0]));
        }
        for (PyClass c : new PyClass[]{PyTypes.INT, PyTypes.FLOAT, PyTypes.STR, PyTypes.TUPLE, PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.NONE_TYPE}) {
            slot(c, "__hash__", 0, 0, args -> PyOps.hash(args[0]));
        }
        // Mutable containers are unhashable: their __hash__ is None, as in CPython.
        for (PyClass c : new PyClass[]{PyTypes.LIST, PyTypes.DICT, PyTypes.SET}) {
            c.setAttribute("__hash__", PyNone.NONE);
        }
    }

    /** int's or float's arithmetic, comparisons and conversions; {@code handles} is what the slot accepts. */
    private static void numeric(PyClass c, Predicate<Object> handles, boolean isInt) {
        BinOpKind[] ops = isInt ? BinOpKind.values() : new BinOpKind[]{BinOpKind.ADD, BinOpKind.SUB, BinOpKind.MUL, BinOpKind.DIV, BinOpKind.FLOORDIV,
                        BinOpKind.MOD};
        for (BinOpKind op : ops) {
            if (op != BinOpKind.MATMUL && op != BinOpKind.POW) {
                binary(c, op, handles);
            }
        }
        slot(c, "__pow__", 1, 2, args -> !handles.test(args[1]) ? NI : args.length == 3 && args[2] != PyNone.NONE
                        ? PyOps.call(PyBuiltins.lookup("pow"), new Object[]{args[0], args[1], args[2]}, null)
                        : PyOps.binaryOp(BinOpKind.POW, args[0], args[1]));
        slot(c, "__rpow__", 1, 2, args -> !handles.test(args[1]) ? NI : args.length == 3 && args[2] != PyNone.NONE
                        ? PyOps.call(PyBuiltins.lookup("pow"), new Object[]{args[1], args[0], args[2]}, null)
                        : PyOps.binaryOp(BinOpKind.POW, args[1], args[0]));
        slot(c, "__divmod__", 1, 1, args -> handles.test(args[1]) ? PyBuiltinFunctions.divmod(args[0], args[1]) : NI);
        slot(c, "__rdivmod__", 1, 1, args -> handles.test(args[1]) ? PyBuiltinFunctions.divmod(args[1], args[0]) : NI);
        comparisons(c, handles);
        slot(c, "__neg__", 0, 0, args -> PyOps.unaryOp(UnaryOpKind.NEG, args[0]));
        slot(c, "__pos__", 0, 0, args -> PyOps.unaryOp(UnaryOpKind.POS, args[0]));
        slot(c, "__abs__", 0, 0, args -> PyOps.abs(args[0]));
        slot(c, "__bool__", 0, 0, args -> PyOps.isTrue(args[0]));
        slot(c, "__int__", 0, 0, args -> PyOps.call(PyTypes.INT, new Object[]{args[0]}, null));
        slot(c, "__float__", 0, 0, args -> PyOps.call(PyTypes.FLOAT, new Object[]{args[0]}, null));
        if (isInt) {
            slot(c, "__invert__", 0, 0, args -> PyOps.unaryOp(UnaryOpKind.INVERT, args[0]));
            slot(c, "__index__", 0, 0, args -> PyOps.index(args[0]));
        }
    }

    /**
     * str's, list's or tuple's concatenation, repetition and comparisons. Concatenating another type
     * raises, as CPython's sq_concat does; repeating takes any index and raises for anything else.
     */
    private static void sequence(PyClass c, Predicate<Object> sameType) {
        String name = c.getName();
        slot(c, "__add__", 1, 1, args -> {
            if (!sameType.test(args[1])) {
                throw PyErrors.typeError("can only concatenate " + name + " (not \"" + PyOps.typeName(args[1]) + "\") to " + name);
            }
            return PyOps.binaryOp(BinOpKind.ADD, args[0], args[1]);
        });
        slot(c, "__mul__", 1, 1, args -> PyOps.binaryOp(BinOpKind.MUL, args[0], PyOps.index(args[1])));
        slot(c, "__rmul__", 1, 1, args -> PyOps.binaryOp(BinOpKind.MUL, args[0], PyOps.index(args[1])));
        comparisons(c, sameType);
    }

    private static void binary(PyClass c, BinOpKind op, Predicate<Object> handles) {
        String name = PyOps.dunder(op);
        slot(c, name, 1, 1, args -> handles.test(args[1]) ? PyOps.binaryOp(op, args[0], args[1]) : NI);
        slot(c, PyOps.reflected(name), 1, 1, args -> handles.test(args[1]) ? PyOps.binaryOp(op, args[1], args[0]) : NI);
    }

    private static void comparisons(PyClass c, Predicate<Object> handles) {
        for (CmpOpKind op : new CmpOpKind[]{CmpOpKind.EQ, CmpOpKind.NE, CmpOpKind.LT, CmpOpKind.LE, CmpOpKind.GT, CmpOpKind.GE}) {
            comparison(c, op, handles);
        }
    }

    private static void equality(PyClass c, Predicate<Object> handles) {
        comparison(c, CmpOpKind.EQ, handles);
        comparison(c, CmpOpKind.NE, handles);
    }

    private static void comparison(PyClass c, CmpOpKind op, Predicate<Object> handles) {
        slot(c, PyOps.cmpDunder(op), 1, 1, args -> handles.test(args[1]) ? PyOps.richCompare(op, args[0], args[1]) : NI);
    }

    @FunctionalInterface
    interface Slot {
        Object call(Object[] args);
    }

    /**
     * Defines special method {@code name} of builtin type {@code owner} unless the type has one of its
     * own already, taking {@code min}..{@code max} arguments besides self, with the errors of
     * CPython's slot wrappers.
     */
    static void slot(PyClass owner, String name, int min, int max, Slot body) {
        if (owner.getOwnAttribute(name) != null) {
            return;
        }
        PyBuiltinFunction.Body counted = (args, kw) -> {
            if (PyArgs.kwCount(kw) > 0) {
                throw PyErrors.typeError("wrapper " + name + "() takes no keyword arguments");
            }
            int n = args.length - 1;
            if (n < min || n > max) {
                // A ternary slot's wrapper unpacks its arguments under an empty name: hence the space.
                String expected = min == max ? "expected " + min : n < min ? " expected at least " + min : " expected at most " + max;
                int bound = n < min ? min : max;
                throw PyErrors.typeError(expected + " argument" + (bound == 1 ? "" : "s") + ", got " + n);
            }
            return body.call(args);
        };
        PyBuiltinFunction.Body checked = (args, kw) -> {
            if (args.length == 0) {
                throw PyErrors.typeError("descriptor '" + name + "' of '" + owner.getName() + "' object needs an argument");
            }
            if (!PyOps.typeOf(args[0]).isSubclassOf(owner)) {
                throw PyErrors.typeError("descriptor '" + name + "' requires a '" + owner.getName() + "' object but received a '" + PyOps.typeName(args[0]) + "'");
            }
            return counted.call(args, kw);
        };
        owner.setAttribute(name, PyBuiltinFunction.method(name, owner, checked, counted));
    }
}
