package org.pyjit.launcher;

import java.util.List;
import java.util.Set;

/**
 * Decides whether the lines typed so far at the prompt form a complete input, the way CPython's
 * interactive mode does: an open bracket, an unterminated triple-quoted string or a trailing
 * backslash continue the input; a block (a first line ending with {@code :}, or a decorator)
 * continues until an empty line, and so does a one-line compound statement ({@code if x: f()}),
 * as in CPython; one that lacks its colon runs at once, so that the syntax error shows at once.
 */
final class PyReplInput {
    private PyReplInput() {
    }

    static boolean isComplete(List<String> lines) {
        Scan scan = scan(String.join("\n", lines));
        if (scan.openBrackets > 0 || scan.inString || scan.backslashContinuation) {
            return false;
        }
        if (!startsBlock(lines.get(0), scan)) {
            return true;
        }
        return lines.size() > 1 && lines.get(lines.size() - 1).isBlank();
    }

    private static final Set<String> COMPOUND = Set.of("if", "while", "for", "def", "class", "try", "with", "async");

    private static boolean startsBlock(String firstLine, Scan scan) {
        String first = firstLine.strip().split("[^A-Za-z_0-9]", 2)[0];
        return scan.firstLogicalLineEndsWithColon || firstLine.strip().startsWith("@") ||
                        (COMPOUND.contains(first) && scan.firstLogicalLineHasColon);
    }

    /** What a tokenizer would know at the end of the text. */
    private static final class Scan {
        int openBrackets;
        boolean inString;
        boolean backslashContinuation;
        boolean firstLogicalLineEndsWithColon;
        /** A colon outside brackets and strings: a compound statement's header ends there. */
        boolean firstLogicalLineHasColon;
    }

    private static Scan scan(String text) {
        Scan scan = new Scan();
        char quote = 0;
        boolean triple = false;
        boolean firstLogicalLineDone = false;
        char lastSignificant = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == quote && (!triple || text.startsWith(String.valueOf(quote).repeat(3), i))) {
                    i += triple ? 3 : 1;
                    quote = 0;
                    lastSignificant = c;
                    continue;
                }
                if (c == '\n' && !triple) {
                    quote = 0; // an unterminated one-line string: a syntax error the parser will report
                }
                i++;
                continue;
            }
            switch (c) {
                case '#' -> {
                    while (i < n && text.charAt(i) != '\n') {
                        i++;
                    }
                    continue;
                }
                case '\'', '"' -> {
                    quote = c;
                    triple = text.startsWith(String.valueOf(c).repeat(3), i);
                    i += triple ? 3 : 1;
                    continue;
                }
                case '(', '[', '{' -> scan.openBrackets++;
                case ')', ']', '}' -> scan.openBrackets = Math.max(0, scan.openBrackets - 1);
                case ':' -> scan.firstLogicalLineHasColon |= scan.openBrackets == 0 && !firstLogicalLineDone;
                case '\\' -> {
                    if (i + 1 == n) {
                        scan.backslashContinuation = true;
                    }
                    i += 2; // a line continuation: the logical line goes on
                    continue;
                }
                case '\n' -> {
                    if (scan.openBrackets == 0 && !firstLogicalLineDone) {
                        firstLogicalLineDone = true;
                        scan.firstLogicalLineEndsWithColon = lastSignificant == ':';
                    }
                }
                default -> {
                }
            }
            if (!Character.isWhitespace(c)) {
                lastSignificant = c;
            }
            i++;
        }
        if (!firstLogicalLineDone) {
            scan.firstLogicalLineEndsWithColon = lastSignificant == ':';
        }
        scan.inString = quote != 0 && triple;
        return scan;
    }
}
