package org.pyjit.test;

/**
 * Normalizes stderr text exactly like {@code tests/regen-golden.py} does with CPython's (keep the
 * two in sync):
 * <ol>
 * <li>the absolute directory of the program followed by {@code /} is removed, so file names read
 * {@code File "NAME.py"};</li>
 * <li>after a {@code Traceback (most recent call last):} line, the lines indented by 4 or more
 * spaces that follow a {@code   File "...} line are dropped (CPython 3.11's source echo and
 * {@code ^^^}/{@code ~~~} markers, which pyjit need not print);</li>
 * <li>anywhere, lines made only of spaces, {@code ^} and {@code ~} are dropped: for a syntax error
 * this removes the caret line and keeps the {@code File} line, the source line and the message
 * (caret columns are checked by the parser's unit tests instead).</li>
 * </ol>
 */
final class StderrNormalizer {
    private StderrNormalizer() {
    }

    static String normalize(String text, String programDir) {
        String dir = programDir.endsWith("/") ? programDir : programDir + "/";
        String[] lines = text.replace(dir, "").split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean inTraceback = false;
        boolean afterFileLine = false;
        boolean first = true;
        for (String line : lines) {
            if (line.equals("Traceback (most recent call last):")) {
                inTraceback = true;
                afterFileLine = false;
            } else {
                if (inTraceback && afterFileLine && line.startsWith("    ")) {
                    continue;
                }
                afterFileLine = inTraceback && line.startsWith("  File \"");
                if (isMarkerLine(line)) {
                    continue;
                }
            }
            if (!first) {
                out.append('\n');
            }
            out.append(line);
            first = false;
        }
        return out.toString();
    }

    private static boolean isMarkerLine(String line) {
        String stripped = line.replace(" ", "");
        if (stripped.isEmpty()) {
            return false;
        }
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != '^' && c != '~') {
                return false;
            }
        }
        return true;
    }
}
