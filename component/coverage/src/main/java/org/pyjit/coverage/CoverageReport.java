package org.pyjit.coverage;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * The report, per source file:
 *
 * <pre>
 * Coverage of /path/prog.py
 *   lines      7/9   77.8%
 *   statements 8/10  80.0%
 *   functions  2/3   66.7%
 *   functions: inner (line 1) called, never (line 7) NOT CALLED, ...
 *   lines not run: 8-9, 12
 * </pre>
 */
final class CoverageReport {
    private final CoverageData data;
    private final boolean listLines;

    CoverageReport(CoverageData data, boolean listLines) {
        this.data = data;
        this.listLines = listLines;
    }

    /** How a line fared: the statements starting on it, and how many of them ran. */
    private static final class LineState {
        int statements;
        int run;
    }

    void print(PrintStream out) {
        List<CoverageData.SourceCoverage> files = new ArrayList<>(data.snapshot().values());
        files.removeIf(f -> f.statements.isEmpty() && f.functions.isEmpty());
        files.sort(Comparator.comparing(f -> name(f.source)));
        for (CoverageData.SourceCoverage file : files) {
            printFile(out, file);
        }
    }

    private static String name(Source source) {
        return source.getPath() != null ? source.getPath() : source.getName();
    }

    private void printFile(PrintStream out, CoverageData.SourceCoverage file) {
        TreeMap<Integer, LineState> lines = new TreeMap<>();
        for (SourceSection statement : file.statements) {
            LineState state = lines.computeIfAbsent(statement.getStartLine(), l -> new LineState());
            state.statements++;
            if (file.statementsRun.contains(statement)) {
                state.run++;
            }
        }
        long linesRun = lines.values().stream().filter(s -> s.run > 0).count();
        out.println("Coverage of " + name(file.source));
        out.println(ratio("lines", linesRun, lines.size()));
        out.println(ratio("statements", file.statementsRun.size(), file.statements.size()));
        out.println(ratio("functions", file.functionsCalled.size(), file.functions.size()));
        if (!file.functions.isEmpty()) {
            StringBuilder functions = new StringBuilder("  functions:");
            file.functions.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().getStartLine())).forEach(e -> functions.append(' ')
                            .append(e.getValue()).append(" (line ").append(e.getKey().getStartLine()).append(") ")
                            .append(file.functionsCalled.contains(e.getKey()) ? "called" : "NOT CALLED").append(','));
            functions.setLength(functions.length() - 1);
            out.println(functions);
        }
        out.println("  lines not run: " + ranges(lines));
        if (listLines) {
            printListing(out, file.source, lines);
        }
        out.println();
    }

    private static String ratio(String what, long part, long whole) {
        String percent = whole == 0 ? "-" : String.format("%.1f%%", 100.0 * part / whole);
        return String.format("  %-10s %d/%d %s", what, part, whole, percent);
    }

    /** The lines with statements none of which ran, as {@code 3, 8-9}. */
    private static String ranges(TreeMap<Integer, LineState> lines) {
        StringBuilder sb = new StringBuilder();
        int start = -1;
        int end = -1;
        for (Map.Entry<Integer, LineState> e : lines.entrySet()) {
            if (e.getValue().run > 0) {
                continue;
            }
            int line = e.getKey();
            if (start >= 0 && lines.subMap(end, false, line, false).values().stream().allMatch(s -> s.run == 0)) {
                end = line; // no run line in between: extend the range
                continue;
            }
            append(sb, start, end);
            start = line;
            end = line;
        }
        append(sb, start, end);
        return sb.isEmpty() ? "none" : sb.toString();
    }

    private static void append(StringBuilder sb, int start, int end) {
        if (start < 0) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append(", ");
        }
        sb.append(start);
        if (end > start) {
            sb.append('-').append(end);
        }
    }

    private static void printListing(PrintStream out, Source source, TreeMap<Integer, LineState> lines) {
        if (!source.hasCharacters()) {
            return;
        }
        for (int line = 1; line <= source.getLineCount(); line++) {
            LineState state = lines.get(line);
            char mark = state == null ? ' ' : state.run == 0 ? '-' : state.run < state.statements ? '~' : '+';
            out.printf("%5d %c %s%n", line, mark, source.getCharacters(line));
        }
    }
}
