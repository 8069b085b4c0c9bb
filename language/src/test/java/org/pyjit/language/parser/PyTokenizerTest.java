package org.pyjit.language.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

public class PyTokenizerTest {

    /** Tokens as "KIND:text" joined by spaces (NEWLINE/INDENT/DEDENT/ENDMARKER by kind only). */
    private static String kinds(String code) {
        return PyTokenizer.tokenize(code).stream().map(t -> switch (t.kind()) {
            case NEWLINE, INDENT, DEDENT, ENDMARKER -> t.kind().name();
            default -> t.text();
        }).collect(Collectors.joining(" "));
    }

    private static Object value(String literal) {
        List<PyToken> tokens = PyTokenizer.tokenize(literal);
        return tokens.get(0).value();
    }

    private static String string(String literal) {
        return ((PyToken.StringLiteral) value(literal)).decoded();
    }

    private static PySyntaxError error(String code) {
        return assertThrows(PySyntaxError.class, () -> PyTokenizer.tokenize(code));
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                        kinds("if x:\n    y\n    if z:\n        w\nv\n"));
    }

    @Test
    void blankAndCommentLinesAreIgnored() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER", kinds("if x:\n\n    # c\n  # other\n    y\n\n    z # t\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT ENDMARKER", kinds("if x:\n\ty\n\tz\n"));
        PySyntaxError e = error("if x:\n\ty\n        z\n");
        assertEquals("TabError", e.getKind());
    }

    @Test
    void missingFinalNewlineIsAdded() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE DEDENT ENDMARKER", kinds("if x:\n    y"));
        assertEquals("ENDMARKER", kinds(""));
    }

    @Test
    void bracketsJoinLines() {
        assertEquals("x = ( 1 , 2 ) NEWLINE y = [ 3 ] NEWLINE ENDMARKER", kinds("x = (1,\n   # c\n 2)\ny = [\n3\n]\n"));
    }

    @Test
    void backslashContinuationJoinsLines() {
        assertEquals("x = 1 + 2 NEWLINE ENDMARKER", kinds("x = 1 + \\\n    2\n"));
        assertEquals("unexpected character after line continuation character", error("x = 1 \\ 2\n").getMessage());
    }

    @Test
    void operatorsUseLongestMatch() {
        assertEquals("a **= b //= c >>= d <<= e ... -> := ** // != == <= >= NEWLINE ENDMARKER", kinds("a **= b //= c >>= d <<= e ... -> := ** // != == <= >=\n"));
    }

    @Test
    void integerLiterals() {
        assertEquals(255L, value("0xff"));
        assertEquals(255L, value("0XF_F"));
        assertEquals(15L, value("0o17"));
        assertEquals(10L, value("0b1010"));
        assertEquals(1000000L, value("1_000_000"));
        assertEquals(0L, value("0_0"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), value("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffff", 16), value("0xffffffffffffffff"));
    }

    @Test
    void floatLiterals() {
        assertEquals(1.5, value("1.5"));
        assertEquals(0.5, value(".5"));
        assertEquals(5.0, value("5."));
        assertEquals(0.001, value("1e-3"));
        assertEquals(1000.0, value("1_000.0"));
        assertEquals(1.5e10, value("1.5E+10"));
        assertEquals(Double.POSITIVE_INFINITY, value("1e999"));
    }

    @Test
    void numberErrors() {
        assertEquals("invalid decimal literal", error("1abc").getMessage());
        assertEquals("invalid hexadecimal literal", error("0x").getMessage());
        assertEquals("invalid digit '8' in octal literal", error("0o8").getMessage());
        assertEquals("invalid digit '2' in binary literal", error("0b12").getMessage());
        assertEquals("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", error("012").getMessage());
        assertEquals("complex numbers (imaginary literals) are not supported by pyjit", error("3j").getMessage());
    }

    @Test
    void stringEscapes() {
        assertEquals("a\nb\tc\\d'e\"f\u0007\b\f\u000b\r\0", string("'a\\nb\\tc\\\\d\\'e\\\"f\\a\\b\\f\\v\\r\\0'"));
        assertEquals("AAAA\u2022", string("'\\101\\x41\\u0041\\U00000041\\N{BULLET}'"));
        assertEquals("\\q\\d", string("'\\q\\d'"));
        assertEquals("ab", string("'a\\\nb'"));
        assertEquals("a\\nb", string("r'a\\nb'"));
        assertEquals("x\\'", string("R'x\\''"));
        assertEquals("line1\nline2", string("'''line1\nline2'''"));
        assertEquals("é", string("u\"é\""));
    }

    @Test
    void stringErrors() {
        assertEquals("unterminated string literal (detected at line 1)", error("'abc\n").getMessage());
        assertEquals("unterminated triple-quoted string literal (detected at line 2)", error("'''abc\nx\n").getMessage());
        assertEquals("bytes literals are not supported by pyjit", error("b'x'").getMessage());
        assertEquals("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", error("'\\x4'").getMessage());
    }

    @Test
    void fStringTokensKeepTheirRawContent() {
        PyToken t = PyTokenizer.tokenize("f'a{b!r:>{w}}\\n'").get(0);
        PyToken.StringLiteral lit = (PyToken.StringLiteral) t.value();
        assertTrue(lit.fString());
        assertNull(lit.decoded());
        assertEquals("a{b!r:>{w}}\\n", t.text().substring(lit.contentStart() - t.start(), lit.contentEnd() - t.start()));
        assertTrue(((PyToken.StringLiteral) value("rf'{x}'")).raw());
        assertTrue(((PyToken.StringLiteral) value("FR'{x}'")).fString());
    }

    @Test
    void tokensCarryOffsetsLinesAndColumns() {
        List<PyToken> tokens = PyTokenizer.tokenize("x = 1\nif yy:\n    z\n");
        PyToken yy = tokens.get(5);
        assertEquals("yy", yy.text());
        assertEquals(9, yy.start());
        assertEquals(11, yy.end());
        assertEquals(2, yy.line());
        assertEquals(3, yy.col());
        PyToken z = tokens.get(9);
        assertEquals("z", z.text());
        assertEquals(3, z.line());
        assertEquals(4, z.col());
    }

    @Test
    void unicodeIdentifiersAndInvalidCharacters() {
        assertEquals("ñ = π NEWLINE ENDMARKER", kinds("ñ = π\n"));
        assertEquals("invalid character '€' (U+20AC)", error("x = €\n").getMessage());
        assertEquals("invalid non-printable character U+00A0", error("x =\u00a0 1\n").getMessage());
    }

    @Test
    void indentationErrors() {
        PySyntaxError e = error("if x:\n        a\n    b\n");
        assertEquals("IndentationError", e.getKind());
        assertEquals("unindent does not match any outer indentation level", e.getMessage());
        assertEquals(3, e.getLine());
    }

    @Test
    void bracketErrors() {
        assertEquals("unmatched ')'", error("x = 1)\n").getMessage());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("(1]\n").getMessage());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", error("(1,\n2]\n").getMessage());
        assertEquals("'[' was never closed", error("x = [1,\n").getMessage());
    }
}
