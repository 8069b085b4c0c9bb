package org.pyjit.language.parser;

import java.util.List;
import java.util.Set;

import org.pyjit.language.parser.PyAst.*;

/**
 * CPython's future.c pass, which runs before the symbol table: the {@code from __future__ import}
 * statements at the beginning of a module (after an optional docstring) must name known features.
 * It returns the line of the last of them; the compiler pass ({@link PyStatementChecker}) rejects
 * any later {@code from __future__ import}. pyjit needs no feature's behaviour: each is either
 * mandatory in 3.11 or, for {@code annotations}, about annotations, which pyjit does not evaluate
 * ({@code barry_as_FLUFL} in the source changes nothing in CPython 3.11's parser either).
 */
final class PyFutureChecker {
    static final String LATE_FUTURE = "from __future__ imports must occur at the beginning of the file";
    private static final Set<String> FEATURES = Set.of("nested_scopes", "generators", "division", "absolute_import", "with_statement",
                    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");

    private PyFutureChecker() {
    }

    /** The line of the last valid future statement, -1 when there is none. */
    static int check(PySourceText source, PyAst.Module module) {
        List<Stmt> body = module.body();
        int futureLine = -1;
        boolean done = false;
        int prevLine = 0;
        int i = !body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof StrLit ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            int line = source.lineOf(s.start());
            if (done && line > prevLine) {
                break;
            }
            prevLine = line;
            if (s instanceof ImportFrom f && isFuture(f)) {
                if (done) {
                    // A future statement after another statement on the same line: CPython reports
                    // it here, with its 0-based column taken as 1-based (one column to the left).
                    throw source.syntaxError(LATE_FUTURE, s.start() - 1, s.start() - 1);
                }
                for (Alias a : f.names()) {
                    if (!FEATURES.contains(a.name())) {
                        String msg = a.name().equals("braces") ? "not a chance" : "future feature " + a.name() + " is not defined";
                        throw source.syntaxError(msg, s.start(), s.start());
                    }
                }
                futureLine = line;
            } else {
                done = true;
            }
        }
        return futureLine;
    }

    /** As CPython, any {@code from __future__ import} counts, even with leading dots. */
    static boolean isFuture(ImportFrom f) {
        return "__future__".equals(f.module());
    }
}
