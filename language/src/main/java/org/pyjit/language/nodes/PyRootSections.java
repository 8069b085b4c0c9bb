package org.pyjit.language.nodes;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The source section of a function, class body or module as tools show it ({@code file~1-5}):
 * up to the last line of its last statement, without the blank and comment lines the parser
 * counts into a block before the next statement.
 */
public final class PyRootSections {
    private PyRootSections() {
    }

    public static SourceSection trimmed(SourceSection section) {
        if (section == null || !section.isAvailable() || section.getCharLength() == 0) {
            return section;
        }
        Source source = section.getSource();
        CharSequence text = source.getCharacters();
        int start = section.getCharIndex();
        int end = section.getCharEndIndex();
        while (end > start) {
            int lineStart = end - 1;
            while (lineStart > start && text.charAt(lineStart - 1) != '\n') {
                lineStart--;
            }
            if (!isBlankOrComment(text, lineStart, end)) {
                break;
            }
            end = lineStart;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end == section.getCharEndIndex() || end <= start ? section : source.createSection(start, end - start);
    }

    private static boolean isBlankOrComment(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }
}
