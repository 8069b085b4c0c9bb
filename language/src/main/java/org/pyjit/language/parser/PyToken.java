package org.pyjit.language.parser;

/**
 * One token. {@code start}/{@code end} are char offsets into the source (end exclusive),
 * {@code line} is 1-based and {@code col} 0-based (both of {@code start}). {@code value} is the
 * Long/BigInteger/Double of a NUMBER and the {@link StringLiteral} of a STRING, else null.
 */
public record PyToken(PyTokenKind kind, String text, int start, int end, int line, int col, Object value) {

    /**
     * A string literal token: {@code contentStart}/{@code contentEnd} delimit the text between the
     * quotes. {@code decoded} is the value with escapes processed; null for f-strings, whose
     * content the parser splits into literal parts and replacement fields.
     */
    public record StringLiteral(boolean raw, boolean fString, int quoteLength, int contentStart, int contentEnd, String decoded) {
    }

    public boolean isOp(String op) {
        return kind == PyTokenKind.OP && text.equals(op);
    }

    public boolean isName(String name) {
        return kind == PyTokenKind.NAME && text.equals(name);
    }

    @Override
    public String toString() {
        return kind + "(" + text.replace("\n", "\\n") + ")@" + line + ":" + col;
    }
}
