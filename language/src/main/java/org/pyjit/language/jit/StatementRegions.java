package org.pyjit.language.jit;

import java.util.List;
import java.util.Set;

import org.pyjit.language.parser.PyAst;

/**
 * The statements tier 2 compiles on their own, as a loop of one iteration: an assignment of
 * {@code sum}, {@code min} or {@code max} of what a call of a global function yields ({@code s =
 * sum(squares(count_up(n)))}, {@code m = max(x for x in evens(n) if x % 3)}). Tier 1 would resume
 * such generators once per item; fused into the reduction (GeneratorFusion) they are one native
 * loop even where nothing else around them is.
 */
public final class StatementRegions {
    private static final Set<String> REDUCTIONS = Set.of("sum", "min", "max");
    /** Builtins that make iterators, never generator functions' generators. */
    private static final Set<String> ITERATOR_BUILTINS = Set.of("range", "enumerate", "zip", "reversed", "iter", "map", "filter", "list", "sorted");

    private StatementRegions() {
    }

    /** Whether {@code s} is such a statement (the call's function is found to be a generator function only when it runs). */
    public static boolean isCandidate(PyAst.Stmt s) {
        return producer(s) != null;
    }

    /** The name of the function whose call gives the items such a statement reduces, or null when {@code s} is not one. */
    public static String producer(PyAst.Stmt s) {
        PyAst.Expr value = s instanceof PyAst.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof PyAst.Name ? a.value()
                        : s instanceof PyAst.AugAssign a && a.target() instanceof PyAst.Name ? a.value() : null;
        if (!(value instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && REDUCTIONS.contains(fn.id()) && c.args().size() == 1 && c.keywords().isEmpty())) {
            return null;
        }
        PyAst.Expr items = c.args().get(0);
        if (items instanceof PyAst.GeneratorExp g) {
            items = g.generators().get(0).iter();
        }
        return items instanceof PyAst.Call call && call.func() instanceof PyAst.Name callee && !ITERATOR_BUILTINS.contains(callee.id()) ? callee.id() : null;
    }

    /** The loop tier 2 lowers for such a statement: {@code while True: s; break}. */
    static PyAst.While asLoop(PyAst.Stmt s) {
        return new PyAst.While(s.start(), s.end(), new PyAst.BoolLit(s.start(), s.start(), true), List.of(s, new PyAst.Break(s.end(), s.end())), List.of());
    }
}
