package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/** Expected values were produced by CPython 3.11. */
public class PyNumbersTest {
    @Test
    public void numericHashes() {
        assertEquals(0L, PyOps.hash(0L));
        assertEquals(1L, PyOps.hash(1L));
        assertEquals(-2L, PyOps.hash(-1L));
        assertEquals(-2L, PyOps.hash(-2L));
        assertEquals(0L, PyOps.hash(2305843009213693951L));
        assertEquals(1L, PyOps.hash(2305843009213693952L));
        assertEquals(3L, PyOps.hash(9223372036854775807L));
        assertEquals(-4L, PyOps.hash(-9223372036854775808L));
        assertEquals(549755813888L, PyOps.hash(new BigInteger("1267650600228229401496703205376")));
        assertEquals(-549755813881L, PyOps.hash(new BigInteger("-1267650600228229401496703205369")));
        assertEquals(465258685558744706L, PyOps.hash(new BigInteger("1000000000000000000000000000000")));
        assertEquals(1152921504606846977L, PyOps.hash(Double.longBitsToDouble(0x3ff8000000000000L)));
        assertEquals(-1152921504606846978L, PyOps.hash(Double.longBitsToDouble(0xc004000000000000L)));
        assertEquals(1822893315824342674L, PyOps.hash(Double.longBitsToDouble(0x54b249ad2594c37dL)));
        assertEquals(230584300921369408L, PyOps.hash(Double.longBitsToDouble(0x3fb999999999999aL)));
        assertEquals(482449582752280463L, PyOps.hash(Double.longBitsToDouble(0x1a56e1fc2f8f359L)));
        assertEquals(3L, PyOps.hash(Double.longBitsToDouble(0x4008000000000000L)));
        assertEquals(0L, PyOps.hash(Double.longBitsToDouble(0x8000000000000000L)));
        assertEquals(512L, PyOps.hash(Double.longBitsToDouble(0x4450000000000000L)));
        assertEquals(314159L, PyOps.hash(Double.POSITIVE_INFINITY));
        assertEquals(1051464412201451643L, PyOps.hash(Double.longBitsToDouble(0x405edd2f1a9fbe77L)));
        assertEquals(-3550055125485641917L, PyOps.hash(PyTuple.of(1L, 2L)));
        assertEquals(5740354900026072187L, PyOps.hash(PyTuple.EMPTY));
        assertEquals(7267574591690527098L, PyOps.hash(PyTuple.of(1L, PyTuple.of(2L, 3L))));
        assertEquals(357167059602383637L, PyOps.hash(PyTuple.of(1.5, true, -1L)));
        PyFrozenSet fs = new PyFrozenSet();
        fs.addElement(1L);
        fs.addElement(2L);
        fs.addElement(3L);
        assertEquals(-272375401224217160L, PyOps.hash(fs));
    }

    @Test
    public void intParsing() {
        assertEquals(-123L, PyInt.parse("  -12_3 ", 10));
        assertEquals(31L, PyInt.parse("0x1F", 16));
        assertEquals(5L, PyInt.parse("0b101", 0));
        assertEquals(35L, PyInt.parse("z", 36));
        assertEquals(15L, PyInt.parse("0o17", 0));
        assertEquals(7L, PyInt.parse("+7", 10));
        assertEquals(new BigInteger("123456789012345678901234567890"), PyInt.parse("123456789012345678901234567890", 10));
        assertEquals(new BigInteger("-1208925819614629174706175"), PyInt.parse("-ffffffffffffffffffff", 16));
        assertEquals(0L, PyInt.parse("0_0", 0));
        assertEquals(1000L, PyInt.parse("1_000", 10));
    }

    @Test
    public void intParsingErrors() {
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: 'x'", () -> PyInt.parse("x", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: '1.5'", () -> PyInt.parse("1.5", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: ''", () -> PyInt.parse("", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: '1_'", () -> PyInt.parse("1_", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: '_1'", () -> PyInt.parse("_1", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 0: '010'", () -> PyInt.parse("010", 0));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 10: '1__0'", () -> PyInt.parse("1__0", 10));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 16: '0x'", () -> PyInt.parse("0x", 16));
        PyTestUtil.assertRaises("ValueError: invalid literal for int() with base 2: '12'", () -> PyInt.parse("12", 2));
    }

    @Test
    public void floatParsing() {
        assertEquals(Double.longBitsToDouble(0x4025000000000000L), PyFloatParse.parse("1_0.5"));
        assertEquals(Double.longBitsToDouble(0xc08f400000000000L), PyFloatParse.parse(" -1e3 "));
        assertEquals(Double.POSITIVE_INFINITY, PyFloatParse.parse("infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, PyFloatParse.parse("-inf"));
        assertEquals(Double.longBitsToDouble(0x3fe0000000000000L), PyFloatParse.parse(".5"));
        assertEquals(Double.longBitsToDouble(0x4014000000000000L), PyFloatParse.parse("5."));
        assertEquals(Double.longBitsToDouble(0x0L), PyFloatParse.parse("1e-400"));
        assertEquals(Double.longBitsToDouble(0x3fb999999999999aL), PyFloatParse.parse("0.1"));
        assertEquals(Double.POSITIVE_INFINITY, PyFloatParse.parse("1e500"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: '1__0'", () -> PyFloatParse.parse("1__0"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: '0x10'", () -> PyFloatParse.parse("0x10"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: '1d'", () -> PyFloatParse.parse("1d"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: '_1'", () -> PyFloatParse.parse("_1"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: '1e'", () -> PyFloatParse.parse("1e"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: 'abc'", () -> PyFloatParse.parse("abc"));
        PyTestUtil.assertRaises("ValueError: could not convert string to float: 'nan1'", () -> PyFloatParse.parse("nan1"));
    }

    @Test
    public void arithmetic() {
        assertEquals(new BigInteger("9223372036854775808"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.ADD, 4611686018427387904L, 4611686018427387904L));
        assertEquals(new BigInteger("-9223372036854775809"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.SUB, -9223372036854775808L, 1L));
        assertEquals(new BigInteger("1208925819614629174706176"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MUL, 1099511627776L, 1099511627776L));
        assertEquals(-4L, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.FLOORDIV, -7L, 2L));
        assertEquals(1L, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MOD, -7L, 2L));
        assertEquals(-1L, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MOD, 7L, -2L));
        assertEquals(new BigInteger("9223372036854775808"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.FLOORDIV, -9223372036854775808L, -1L));
        assertEquals(new BigInteger("12157665459056928801"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.POW, 3L, 40L));
        assertEquals(-9223372036854775808L, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.POW, -2L, 63L));
        assertEquals(new BigInteger("1180591620717411303424"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.LSHIFT, 1L, 70L));
        assertEquals(new BigInteger("-147573952589676412928"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.RSHIFT, new BigInteger("-1180591620717411303424"), 3L));
        assertEquals(0L, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.BITAND, new BigInteger("-1180591620717411303424"), new BigInteger("36893488147419103237")));
        assertEquals(new BigInteger("-18446744073709551617"), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.BITXOR, new BigInteger("18446744073709551616"), -1L));
        assertEquals(Double.longBitsToDouble(0x4415af1d78b58c40L), PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.DIV, new BigInteger("1000000000000000000000000000000"), 10000000000L));
        assertEquals(-4.0, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.FLOORDIV, -7.5, 2L));
        assertEquals(-0.5, PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MOD, 7.5, -2L));
        PyTestUtil.assertRaises("ZeroDivisionError: integer modulo by zero", () -> PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MOD, 1L, 0L));
        PyTestUtil.assertRaises("ZeroDivisionError: float modulo", () -> PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.MOD, 1.0, 0L));
        PyTestUtil.assertRaises("TypeError: unsupported operand type(s) for +: 'int' and 'str'", () -> PyOps.binaryOp(org.pyjit.language.parser.PyAst.BinOpKind.ADD, 1L, "a"));
    }
}
