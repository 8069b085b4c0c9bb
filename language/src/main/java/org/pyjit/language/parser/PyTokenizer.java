package org.pyjit.language.parser;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Python 3.11 tokenizer, producing tokens on demand so that a syntax error earlier in the file is
 * reported before a tokenizer error later in it (as CPython does).
 */
public final class PyTokenizer {
    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
                    "<>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
    private static final String SINGLE_OPERATORS = "+-*/%@&|^~<>()[]{},:;.=";
    /** CPython's tokenizer limits (MAXLEVEL, MAXINDENT): deeper nesting is an error there, so here too. */
    private static final int MAX_BRACKET_DEPTH = 200;
    private static final int MAX_INDENT_LEVELS = 100;

    private final PySourceText source;
    private final String code;
    private int pos;
    private boolean atLineStart = true;
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    /** Open brackets: offsets into code. */
    private final List<Integer> brackets = new ArrayList<>();
    private final ArrayDeque<PyToken> pending = new ArrayDeque<>();
    private PyToken last;
    private boolean done;
    /** Tokenizing stops here (the end of an f-string replacement field, or the code's length). */
    private final int limit;
    /** Inside an f-string replacement field, line breaks are insignificant (as inside brackets). */
    private final boolean fieldMode;
    private PySyntaxError failure;
    /** Set when the failure is an unclosed bracket at the end of the file: the offset of that bracket. */
    private int unclosedBracket = -1;
    /**
     * The first number directly followed by a keyword ({@code 1if}): only a warning in CPython,
     * but its error pass turns it into "invalid decimal literal" when the file has a syntax error.
     */
    private PySyntaxError numberBeforeKeyword;

    public PyTokenizer(PySourceText source) {
        this.source = source;
        this.code = source.code();
        this.limit = code.length();
        this.fieldMode = false;
        if (code.startsWith("\uFEFF")) {
            // a UTF-8 byte order mark decoded into the text
            pos = 1;
        }
    }

    /** A tokenizer for the expression text {@code [from, to)} of an f-string replacement field. */
    public PyTokenizer(PySourceText source, int from, int to) {
        this.source = source;
        this.code = source.code();
        this.pos = from;
        this.limit = to;
        this.fieldMode = true;
        this.atLineStart = false;
    }

    public PySourceText source() {
        return source;
    }

    /** Tokenizes the whole text (for tests and tools). */
    public static List<PyToken> tokenize(String code) {
        PyTokenizer t = new PyTokenizer(new PySourceText(code));
        List<PyToken> result = new ArrayList<>();
        PyToken tok;
        do {
            tok = t.next();
            result.add(tok);
        } while (tok.kind() != PyTokenKind.ENDMARKER);
        return result;
    }

    /** The next token; a tokenizer error is thrown again on every later call. */
    public PyToken next() {
        if (failure != null) {
            throw failure;
        }
        if (pending.isEmpty()) {
            try {
                produce();
            } catch (PySyntaxError e) {
                failure = e;
                throw e;
            }
        }
        last = pending.poll();
        return last;
    }

    /** The error this tokenizer failed with, or null. */
    PySyntaxError failure() {
        return failure;
    }

    /** If the failure is an unclosed bracket at the end of the file: that bracket's offset, else -1. */
    int unclosedBracket() {
        return unclosedBracket;
    }

    /**
     * After a parser error, CPython tokenizes the rest of the file: a tokenizer error found there
     * replaces the parser's error (an unclosed bracket only if it was opened on an earlier line than
     * the last token the parser read).
     */
    PySyntaxError errorAfterParserError(PySyntaxError parserError, int lastTokenLine) {
        if (numberBeforeKeyword != null && numberBeforeKeyword.getOffset() <= parserError.getOffset()) {
            return numberBeforeKeyword;
        }
        if (failure != null) {
            return failure == parserError ? parserError : failure;
        }
        try {
            while (next().kind() != PyTokenKind.ENDMARKER) {
                // only looking for tokenizer errors
            }
        } catch (PySyntaxError e) {
            if (unclosedBracket >= 0 && source.lineOf(unclosedBracket) >= lastTokenLine) {
                return parserError;
            }
            // errors CPython's tokenizer only reports through the parser do not replace its error
            if (!e.getKind().equals("SyntaxError") || e.getMessage().equals("unexpected EOF while parsing")) {
                return parserError;
            }
            return e;
        }
        return parserError;
    }

    private char peekChar(int k) {
        int i = pos + k;
        return i < limit ? code.charAt(i) : '\0';
    }

    private boolean atEnd() {
        return pos >= limit;
    }

    private PyToken make(PyTokenKind kind, int start, int end, Object value) {
        int line = source.lineOf(start);
        return new PyToken(kind, code.substring(start, end), start, end, line, start - source.lineStart(line), value);
    }

    private PySyntaxError error(String message, int start, int end) {
        return source.syntaxError(message, start, end);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Skips one line break (\n, \r\n or \r). */
    private void skipLineBreak() {
        if (code.charAt(pos) == '\r' && peekChar(1) == '\n') {
            pos++;
        }
        pos++;
    }

    private void produce() {
        if (done) {
            pending.add(last);
            return;
        }
        if (atLineStart && brackets.isEmpty()) {
            if (handleIndentation()) {
                return;
            }
        }
        while (true) {
            if (atEnd()) {
                produceEnd();
                return;
            }
            char c = code.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (!atEnd() && !isLineBreak(code.charAt(pos))) {
                    pos++;
                }
            } else if (c == '\\') {
                int bs = pos;
                pos++;
                if (atEnd()) {
                    throw error("unexpected EOF while parsing", bs + 1, bs + 1);
                }
                if (!isLineBreak(code.charAt(pos))) {
                    throw error("unexpected character after line continuation character", bs + 1, bs + 1);
                }
                skipLineBreak();
                if (atEnd()) {
                    throw error("unexpected EOF while parsing", bs + 1, bs + 1);
                }
            } else if (isLineBreak(c)) {
                if (!brackets.isEmpty() || fieldMode) {
                    skipLineBreak();
                    continue;
                }
                int start = pos;
                skipLineBreak();
                pending.add(make(PyTokenKind.NEWLINE, start, pos, null));
                atLineStart = true;
                return;
            } else {
                pending.add(scanToken());
                return;
            }
        }
    }

    private void produceEnd() {
        if (fieldMode) {
            if (!brackets.isEmpty()) {
                int open = brackets.get(brackets.size() - 1);
                throw error("f-string: '" + code.charAt(open) + "' was never closed", open, open + 1);
            }
            pending.add(new PyToken(PyTokenKind.ENDMARKER, "", limit, limit, source.lineOf(limit), source.columnOf(limit), null));
            done = true;
            return;
        }
        if (!brackets.isEmpty()) {
            int open = brackets.get(brackets.size() - 1);
            unclosedBracket = open;
            throw error("'" + code.charAt(open) + "' was never closed", open, open + 1);
        }
        int end = code.length();
        if (last != null && last.kind() != PyTokenKind.NEWLINE && last.kind() != PyTokenKind.DEDENT && last.kind() != PyTokenKind.INDENT) {
            pending.add(new PyToken(PyTokenKind.NEWLINE, "", end, end, source.lineOf(end), source.columnOf(end), null));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            altIndents.remove(altIndents.size() - 1);
            pending.add(new PyToken(PyTokenKind.DEDENT, "", end, end, source.lineOf(end), source.columnOf(end), null));
        }
        pending.add(new PyToken(PyTokenKind.ENDMARKER, "", end, end, source.lineOf(end), source.columnOf(end), null));
        done = true;
    }

    /** Measures the indentation of a new logical line; returns true if INDENT/DEDENT tokens were queued. */
    private boolean handleIndentation() {
        while (true) {
            int col = 0;
            int altCol = 0;
            int lineStart = pos;
            while (!atEnd()) {
                char c = code.charAt(pos);
                if (c == ' ') {
                    col++;
                    altCol++;
                } else if (c == '\t') {
                    col = (col / 8 + 1) * 8;
                    altCol++;
                } else if (c == '\f') {
                    col = 0;
                    altCol = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (atEnd()) {
                atLineStart = false;
                return false;
            }
            char c = code.charAt(pos);
            if (c == '#' || isLineBreak(c)) {
                // blank or comment-only line: no tokens, no indentation change
                while (!atEnd() && !isLineBreak(code.charAt(pos))) {
                    pos++;
                }
                if (atEnd()) {
                    atLineStart = false;
                    return false;
                }
                skipLineBreak();
                continue;
            }
            atLineStart = false;
            int top = indents.get(indents.size() - 1);
            int altTop = altIndents.get(altIndents.size() - 1);
            if (col == top) {
                if (altCol != altTop) {
                    throw tabError(lineStart);
                }
                return false;
            }
            if (col > top) {
                if (altCol <= altTop) {
                    throw tabError(lineStart);
                }
                if (indents.size() >= MAX_INDENT_LEVELS) {
                    int line = source.lineOf(pos);
                    // column 1 lies in the stripped indentation, so no caret is printed, as in CPython
                    throw new PySyntaxError("IndentationError", "too many levels of indentation", line, 1, line, 1, pos, source.lineText(line));
                }
                indents.add(col);
                altIndents.add(altCol);
                pending.add(new PyToken(PyTokenKind.INDENT, code.substring(lineStart, pos), lineStart, pos, source.lineOf(pos), 0, null));
                return true;
            }
            while (indents.size() > 1 && col < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                pending.add(new PyToken(PyTokenKind.DEDENT, "", pos, pos, source.lineOf(pos), pos - lineStart, null));
            }
            if (col != indents.get(indents.size() - 1)) {
                int line = source.lineOf(pos);
                // CPython points past the end of the line
                int pastEnd = source.lineText(line).length() + 1;
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level", line, pastEnd, line, pastEnd, pos,
                                source.lineText(line));
            }
            if (altCol != altIndents.get(altIndents.size() - 1)) {
                throw tabError(lineStart);
            }
            return true;
        }
    }

    private PySyntaxError tabError(int lineStart) {
        int line = source.lineOf(lineStart);
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 1, lineStart, source.lineText(line));
    }

    private PyToken scanToken() {
        int start = pos;
        char c = code.charAt(pos);
        if (isIdentifierStart(c) || Character.isHighSurrogate(c) && isIdentifierStartCp(code.codePointAt(pos))) {
            int end = scanIdentifier();
            String word = code.substring(start, end);
            if (!atEnd() && (code.charAt(pos) == '"' || code.charAt(pos) == '\'') && isStringPrefix(word)) {
                return scanString(start);
            }
            boolean ascii = word.chars().allMatch(ch -> ch < 128);
            String name = ascii ? word : Normalizer.normalize(word, Normalizer.Form.NFKC);
            int line = source.lineOf(start);
            return new PyToken(PyTokenKind.NAME, name, start, end, line, start - source.lineStart(line), null);
        }
        if (c >= '0' && c <= '9' || c == '.' && peekChar(1) >= '0' && peekChar(1) <= '9') {
            return scanNumber();
        }
        if (c == '"' || c == '\'') {
            return scanString(start);
        }
        for (String op : OPERATORS) {
            if (code.startsWith(op, pos)) {
                pos += op.length();
                return make(PyTokenKind.OP, start, pos, null);
            }
        }
        if (SINGLE_OPERATORS.indexOf(c) >= 0) {
            pos++;
            if (c == '(' || c == '[' || c == '{') {
                if (brackets.size() >= MAX_BRACKET_DEPTH) {
                    throw error("too many nested parentheses", start, start + 1);
                }
                brackets.add(start);
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.isEmpty()) {
                    throw error("unmatched '" + c + "'", start, start + 1);
                }
                int open = brackets.remove(brackets.size() - 1);
                char o = code.charAt(open);
                if (o != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                    int openLine = source.lineOf(open);
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + o + "'";
                    if (openLine != source.lineOf(start)) {
                        msg += " on line " + openLine;
                    }
                    throw error(msg, start, start + 1);
                }
            }
            return make(PyTokenKind.OP, start, pos, null);
        }
        int cp = code.codePointAt(pos);
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            pos++;
            return make(PyTokenKind.OP, start, pos, null);
        }
        if (Character.isISOControl(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT || !isPrintable(cp)) {
            throw error(String.format("invalid non-printable character U+%04X", cp), start, start + 1);
        }
        throw error(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), start, start + 1);
    }

    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return type != Character.UNASSIGNED && type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.LINE_SEPARATOR &&
                        type != Character.PARAGRAPH_SEPARATOR;
    }

    static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128 && isIdentifierStartCp(c);
    }

    private static boolean isIdentifierStartCp(int cp) {
        return cp == '_' || Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isIdentifierPartCp(int cp) {
        return cp == '_' || cp < 128 && (Character.isLetterOrDigit(cp)) ||
                        cp >= 128 && Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private int scanIdentifier() {
        while (!atEnd()) {
            int cp = code.codePointAt(pos);
            if (!isIdentifierPartCp(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return pos;
    }

    private static boolean isStringPrefix(String word) {
        if (word.length() > 2) {
            return false;
        }
        String w = word.toLowerCase();
        return switch (w) {
            case "r", "u", "f", "b", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------- numbers

    private boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private PySyntaxError errorAtLastChar(String message) {
        return error(message, pos - 1, pos);
    }

    private PyToken scanNumber() {
        int start = pos;
        char c = code.charAt(pos);
        if (c == '0' && (peekChar(1) == 'x' || peekChar(1) == 'X' || peekChar(1) == 'o' || peekChar(1) == 'O' || peekChar(1) == 'b' || peekChar(1) == 'B')) {
            char kind = Character.toLowerCase(peekChar(1));
            pos += 2;
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String kindName = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            StringBuilder digits = new StringBuilder();
            while (true) {
                if (!atEnd() && code.charAt(pos) == '_') {
                    pos++;
                }
                char d = atEnd() ? '\0' : code.charAt(pos);
                if (Character.digit(d, radix) >= 0 && d < 128) {
                    digits.append(d);
                    pos++;
                    continue;
                }
                if (digits.isEmpty() || code.charAt(pos - 1) == '_') {
                    if (radix != 16 && isDigit(d)) {
                        pos++;
                        throw errorAtLastChar("invalid digit '" + d + "' in " + kindName + " literal");
                    }
                    if (code.charAt(pos - 1) != '_') {
                        // nothing after the prefix: CPython points at the prefix letter
                        throw errorAtLastChar("invalid " + kindName + " literal");
                    }
                    throw errorAtLastChar("invalid " + kindName + " literal");
                }
                if (radix != 16 && isDigit(d)) {
                    pos++;
                    throw errorAtLastChar("invalid digit '" + d + "' in " + kindName + " literal");
                }
                break;
            }
            verifyEndOfNumber(start, kindName);
            return make(PyTokenKind.NUMBER, start, pos, toInteger(digits.toString(), radix));
        }
        boolean isFloat = false;
        if (c != '.') {
            scanDecimalTail();
        }
        String intPart = code.substring(start, pos).replace("_", "");
        if (!atEnd() && code.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (!atEnd() && isDigit(code.charAt(pos))) {
                scanDecimalTail();
            }
        }
        if (!atEnd() && (code.charAt(pos) == 'e' || code.charAt(pos) == 'E')) {
            int ePos = pos;
            pos++;
            if (!atEnd() && (code.charAt(pos) == '+' || code.charAt(pos) == '-')) {
                pos++;
            }
            if (atEnd() || !isDigit(code.charAt(pos))) {
                if (code.charAt(pos - 1) == '+' || code.charAt(pos - 1) == '-') {
                    throw errorAtLastChar("invalid decimal literal");
                }
                // "1e" followed by a name: the name is part of the bad literal
                pos = ePos;
                verifyEndOfNumber(start, "decimal");
            } else {
                scanDecimalTail();
                isFloat = true;
            }
        }
        if (!atEnd() && (code.charAt(pos) == 'j' || code.charAt(pos) == 'J')) {
            pos++;
            throw error("complex numbers (imaginary literals) are not supported by pyjit", start, pos);
        }
        verifyEndOfNumber(start, "decimal");
        String text = code.substring(start, pos).replace("_", "");
        if (isFloat) {
            return make(PyTokenKind.NUMBER, start, pos, Double.parseDouble(text));
        }
        if (intPart.length() > 1 && intPart.charAt(0) == '0' && !intPart.chars().allMatch(ch -> ch == '0')) {
            int zerosEnd = start;
            while (code.charAt(zerosEnd) == '0' || code.charAt(zerosEnd) == '_') {
                zerosEnd++;
            }
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, zerosEnd);
        }
        return make(PyTokenKind.NUMBER, start, pos, toInteger(text, 10));
    }

    /** Digits with single underscores between them, starting at a digit. */
    private void scanDecimalTail() {
        while (true) {
            while (!atEnd() && isDigit(code.charAt(pos))) {
                pos++;
            }
            if (!atEnd() && code.charAt(pos) == '_') {
                pos++;
                if (atEnd() || !isDigit(code.charAt(pos))) {
                    throw errorAtLastChar("invalid decimal literal");
                }
                continue;
            }
            return;
        }
    }

    /** A number directly followed by a name char is an error, except before a few keywords (CPython only warns). */
    private void verifyEndOfNumber(int start, String kindName) {
        if (atEnd()) {
            return;
        }
        int cp = code.codePointAt(pos);
        // only ASCII name characters make the literal invalid (CPython's check is byte based)
        if (cp >= 128 || !isIdentifierPartCp(cp)) {
            return;
        }
        for (String kw : new String[]{"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (code.startsWith(kw, pos)) {
                if (numberBeforeKeyword == null) {
                    numberBeforeKeyword = error("invalid " + kindName + " literal", pos - 1, pos);
                }
                return;
            }
        }
        throw error("invalid " + kindName + " literal", pos - 1, pos);
    }

    private static Object toInteger(String digits, int radix) {
        if (digits.length() <= 18 && radix == 10 || digits.length() <= 15 && radix == 16 || digits.length() <= 21 && radix == 8 || digits.length() <= 63 && radix == 2) {
            return Long.parseLong(digits, radix);
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    // ---------------------------------------------------------------------------------------- strings

    private PyToken scanString(int start) {
        String prefix = code.substring(start, pos).toLowerCase();
        if (prefix.indexOf('b') >= 0) {
            skipStringBody(start);
            throw error("bytes literals are not supported by pyjit", start, pos);
        }
        boolean raw = prefix.indexOf('r') >= 0;
        boolean fString = prefix.indexOf('f') >= 0;
        int quoteLength = skipStringBody(start);
        int contentStart = start + prefix.length() + quoteLength;
        int contentEnd = pos - quoteLength;
        String decoded = null;
        if (!fString) {
            String content = code.substring(contentStart, contentEnd);
            decoded = raw ? normalizeNewlines(content) : PyStringDecoder.decode(content, source, start, pos);
        }
        return make(PyTokenKind.STRING, start, pos, new PyToken.StringLiteral(raw, fString, quoteLength, contentStart, contentEnd, decoded));
    }

    static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Moves pos past the closing quote; returns the quote length (1 or 3). */
    private int skipStringBody(int start) {
        char quote = code.charAt(pos);
        boolean triple = peekChar(1) == quote && peekChar(2) == quote;
        int quoteLength = triple ? 3 : 1;
        pos += quoteLength;
        while (true) {
            if (atEnd()) {
                break;
            }
            char c = code.charAt(pos);
            if (c == '\\') {
                pos++;
                if (!atEnd()) {
                    if (code.charAt(pos) == '\r' && peekChar(1) == '\n') {
                        pos++;
                    }
                    pos++;
                }
                continue;
            }
            if (c == quote && (!triple || peekChar(1) == quote && peekChar(2) == quote)) {
                pos += quoteLength;
                return quoteLength;
            }
            if (!triple && isLineBreak(c)) {
                throw error("unterminated string literal (detected at line " + source.lineOf(pos) + ")", start, start + 1);
            }
            pos++;
        }
        if (triple) {
            throw error("unterminated triple-quoted string literal (detected at line " + lastLineNumber() + ")", start, start + 1);
        }
        throw error("unterminated string literal (detected at line " + lastLineNumber() + ")", start, start + 1);
    }

    private int lastLineNumber() {
        int end = code.length();
        if (end > 0 && isLineBreak(code.charAt(end - 1))) {
            return source.lineOf(end - 1);
        }
        return source.lineOf(end);
    }
}
