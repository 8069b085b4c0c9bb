package org.pyjit.language.parser;

/**
 * A SyntaxError (or IndentationError/TabError) found while tokenizing, parsing or checking a
 * module, positioned the way CPython 3.11 positions it so that {@link #format} prints the same
 * text CPython prints to stderr.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final int line;
    private final int column;
    private final int endLine;
    private final int endColumn;
    private final int offset;
    private final String lineText;

    /**
     * @param column 1-based column of the first caret, {@code endColumn} 1-based exclusive end of the
     *            caret range (CPython's {@code end_offset}); {@code lineText} without its newline
     */
    public PySyntaxError(String kind, String message, int line, int column, int endLine, int endColumn, int offset, String lineText) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
        this.offset = offset;
        this.lineText = lineText;
    }

    public String getKind() {
        return kind;
    }

    public int getLine() {
        return line;
    }

    public int getColumn() {
        return column;
    }

    public int getEndLine() {
        return endLine;
    }

    public int getEndColumn() {
        return endColumn;
    }

    /** The char offset into the source of the caret. */
    public int getOffset() {
        return offset;
    }

    public String getLineText() {
        return lineText;
    }

    /** The exact text CPython 3.11 writes to stderr for this error (ends with a newline). */
    public String format(String fileName) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(fileName).append("\", line ").append(line).append('\n');
        if (lineText != null) {
            appendSourceAndCaret(sb);
        }
        sb.append(kind).append(": ").append(getMessage()).append('\n');
        return sb.toString();
    }

    private void appendSourceAndCaret(StringBuilder sb) {
        int carets;
        if (!kind.equals("SyntaxError")) {
            carets = 1;
        } else if (endLine > line) {
            carets = Math.max(1, lineText.length() + 1 - column);
        } else {
            carets = endColumn > column ? endColumn - column : 1;
        }
        String text = lineText;
        int caret = column - 1;
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
            caret--;
        }
        text = text.substring(i);
        if (caret > text.length()) {
            caret = text.length();
        }
        sb.append("    ").append(text).append('\n');
        if (caret < 0) {
            return;
        }
        sb.append("    ");
        sb.append(" ".repeat(caret));
        sb.append("^".repeat(carets));
        sb.append('\n');
    }

    @Override
    public String toString() {
        return kind + ": " + getMessage() + " (line " + line + ", column " + column + ")";
    }
}
