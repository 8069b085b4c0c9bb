package org.pyjit.language.parser;

import org.pyjit.language.parser.PyAst.Expr;
import org.pyjit.language.parser.PyAst.FormattedValue;
import org.pyjit.language.parser.PyAst.JoinedStr;

/**
 * Splits the content of one f-string token into literal parts and replacement fields; field
 * expressions are parsed by {@link PyParser} directly on the source text so that their offsets
 * are absolute.
 */
final class PyFStringParser {
    private final PyParser parser;
    private final PyToken token;
    private final PyToken.StringLiteral lit;
    private final String code;

    PyFStringParser(PyParser parser, PyToken token, PyToken.StringLiteral lit) {
        this.parser = parser;
        this.token = token;
        this.lit = lit;
        this.code = parser.source.code();
    }

    void parseInto(PyFStringBuilder builder) {
        parsePieces(builder, lit.contentStart(), false, 0);
    }

    private PySyntaxError error(String message) {
        return parser.error(message, token.end(), token.end());
    }

    /**
     * Parses literal text and fields from {@code i}; in a format spec stops at the closing '}'
     * of the enclosing field and returns its index, else returns the content end.
     */
    private int parsePieces(PyFStringBuilder builder, int i, boolean inSpec, int nesting) {
        int end = lit.contentEnd();
        StringBuilder chunk = new StringBuilder();
        int chunkStart = i;
        while (i < end) {
            char c = code.charAt(i);
            if (c == '\\' && !lit.raw() && i + 1 < end) {
                char n = code.charAt(i + 1);
                if (n == 'N' && i + 2 < end && code.charAt(i + 2) == '{') {
                    int close = code.indexOf('}', i);
                    if (close < 0 || close >= end) {
                        close = end - 1;
                    }
                    chunk.append(code, i, close + 1);
                    i = close + 1;
                } else if (n == '{' || n == '}') {
                    chunk.append('\\');
                    i++;
                } else {
                    chunk.append(c).append(n);
                    i += 2;
                }
                continue;
            }
            if (c == '{') {
                if (!inSpec && i + 1 < end && code.charAt(i + 1) == '{') {
                    chunk.append('{');
                    i += 2;
                    continue;
                }
                flush(builder, chunk, chunkStart, i);
                if (nesting >= 2) {
                    throw error("f-string: expressions nested too deeply");
                }
                i = parseField(builder, i, nesting);
                chunkStart = i;
                continue;
            }
            if (c == '}') {
                if (inSpec) {
                    flush(builder, chunk, chunkStart, i);
                    return i;
                }
                if (i + 1 < end && code.charAt(i + 1) == '}') {
                    chunk.append('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            }
            chunk.append(c);
            i++;
        }
        if (inSpec) {
            throw error("f-string: expecting '}'");
        }
        flush(builder, chunk, chunkStart, i);
        return i;
    }

    private void flush(PyFStringBuilder builder, StringBuilder chunk, int start, int end) {
        if (chunk.isEmpty()) {
            return;
        }
        String raw = chunk.toString();
        String text = lit.raw() ? PyTokenizer.normalizeNewlines(raw) : PyStringDecoder.decode(raw, parser.source, token.start(), token.end());
        builder.addLiteral(text, start, end);
        chunk.setLength(0);
    }

    /** Parses the field whose '{' is at {@code open}; returns the index after its '}'. */
    private int parseField(PyFStringBuilder builder, int open, int nesting) {
        int end = lit.contentEnd();
        int exprStart = open + 1;
        int j = scanExpressionEnd(exprStart);
        if (j >= end) {
            // Also for f"{" and f"{ ": Python 3.11 looks for the '}' first.
            throw error("f-string: expecting '}'");
        }
        if (code.substring(exprStart, j).isBlank()) {
            char c = code.charAt(j);
            if (c == '!' || c == ':' || c == '=') {
                throw error("f-string: expression required before '" + c + "'");
            }
            throw error("f-string: empty expression not allowed");
        }
        Expr value = parser.parseFieldExpression(exprStart, j);
        String debugText = null;
        if (code.charAt(j) == '=') {
            j++;
            while (j < end && Character.isWhitespace(code.charAt(j))) {
                j++;
            }
            debugText = code.substring(exprStart, j);
        }
        char conversion = 0;
        if (j < end && code.charAt(j) == '!') {
            if (j + 1 >= end) {
                throw error("f-string: expecting '}'");
            }
            char conv = code.charAt(j + 1);
            if (conv != 's' && conv != 'r' && conv != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = conv;
            j += 2;
        }
        Expr spec = null;
        if (j < end && code.charAt(j) == ':') {
            PyFStringBuilder specBuilder = new PyFStringBuilder();
            int specEnd = parsePieces(specBuilder, j + 1, true, nesting + 1);
            spec = new JoinedStr(j + 1, specEnd, specBuilder.values());
            j = specEnd;
        }
        if (j >= end || code.charAt(j) != '}') {
            throw error("f-string: expecting '}'");
        }
        if (debugText != null) {
            builder.addLiteral(debugText, open, j + 1);
            if (conversion == 0 && spec == null) {
                conversion = 'r';
            }
        }
        builder.addFormatted(new FormattedValue(open, j + 1, value, conversion, spec));
        return j + 1;
    }

    /** The index where the field's expression ends: a top-level '}', '!', ':' or '=' (debug specifier). */
    private int scanExpressionEnd(int i) {
        int end = lit.contentEnd();
        StringBuilder open = new StringBuilder();
        while (i < end) {
            char c = code.charAt(i);
            if (c == '\\') {
                throw error("f-string expression part cannot include a backslash");
            }
            if (c == '#') {
                throw error("f-string expression part cannot include '#'");
            }
            if (c == '\'' || c == '"') {
                boolean triple = i + 2 < end && code.charAt(i + 1) == c && code.charAt(i + 2) == c;
                int q = triple ? 3 : 1;
                int k = i + q;
                while (true) {
                    if (k >= end) {
                        throw error("f-string: unterminated string");
                    }
                    if (code.charAt(k) == c && (!triple || k + 2 < end && code.charAt(k + 1) == c && code.charAt(k + 2) == c)) {
                        break;
                    }
                    if (code.charAt(k) == '\\') {
                        // Python 3.11: not even inside a string in the expression (3.12 allows it).
                        throw error("f-string expression part cannot include a backslash");
                    }
                    k++;
                }
                i = k + q;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                open.append(c);
            } else if (c == ')' || c == ']' || c == '}') {
                if (open.isEmpty()) {
                    if (c == '}') {
                        return i;
                    }
                    throw error("f-string: unmatched '" + c + "'");
                }
                char o = open.charAt(open.length() - 1);
                if (o != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                    throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'");
                }
                open.setLength(open.length() - 1);
            } else if (open.isEmpty()) {
                char next = i + 1 < end ? code.charAt(i + 1) : '\0';
                char prev = i > 0 ? code.charAt(i - 1) : '\0';
                if (c == '!' && next != '=') {
                    return i;
                }
                if (c == ':') {
                    return i;
                }
                if (c == '=' && next != '=' && "=!<>".indexOf(prev) < 0) {
                    return i;
                }
            }
            i++;
        }
        return i;
    }
}
