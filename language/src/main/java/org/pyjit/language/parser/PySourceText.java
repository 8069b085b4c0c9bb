package org.pyjit.language.parser;

import java.util.Arrays;

/** The source code with its line table: maps char offsets to lines/columns and builds positioned errors. */
public final class PySourceText {
    private final String code;
    private final int[] lineStarts;

    public PySourceText(String code) {
        this.code = code;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= code.length() || code.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    public String code() {
        return code;
    }

    /** 1-based line of a char offset. */
    public int lineOf(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        if (idx < 0) {
            idx = -idx - 2;
        }
        return idx + 1;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    /** 0-based column of a char offset. */
    public int columnOf(int offset) {
        return offset - lineStart(lineOf(offset));
    }

    /** The text of a 1-based line without its line break. */
    public String lineText(int line) {
        int s = lineStart(line);
        int e = s;
        while (e < code.length() && code.charAt(e) != '\n' && code.charAt(e) != '\r') {
            e++;
        }
        return code.substring(s, e);
    }

    /** An error whose carets cover the chars {@code [start, end)} (at least one caret). */
    public PySyntaxError error(String kind, String message, int start, int end) {
        int line = lineOf(start);
        int col = start - lineStart(line) + 1;
        int endLine = lineOf(Math.max(start, end));
        int endCol = Math.max(start, end) - lineStart(endLine) + 1;
        return new PySyntaxError(kind, message, line, col, endLine, endCol, start, lineText(line));
    }

    public PySyntaxError syntaxError(String message, int start, int end) {
        return error("SyntaxError", message, start, end);
    }
}
