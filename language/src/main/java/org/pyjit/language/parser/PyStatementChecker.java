package org.pyjit.language.parser;

import org.pyjit.language.parser.PyAst.*;

/**
 * The checks CPython's compiler makes after parsing and scope analysis: return/yield outside a
 * function, break/continue outside a loop, misplaced starred expressions, late {@code from
 * __future__ import} statements. Visits children in
 * the compiler's order (an assignment's value before its targets).
 */
final class PyStatementChecker {
    private final PySourceText source;
    /** The line of the last future statement {@link PyFutureChecker} accepted, -1 if none. */
    private final int futureLine;

    PyStatementChecker(PySourceText source, int futureLine) {
        this.source = source;
        this.futureLine = futureLine;
    }

    void check(PyAst.Module module) {
        for (Stmt s : module.body()) {
            visit(s, false, false);
        }
    }

    private void visit(Node node, boolean inFunction, boolean inLoop) {
        switch (node) {
            case Return r when !inFunction -> throw source.syntaxError("'return' outside function", r.start(), r.end());
            case Yield y when !inFunction -> throw source.syntaxError("'yield' outside function", y.start(), y.end());
            case YieldFrom y when !inFunction -> throw source.syntaxError("'yield' outside function", y.start(), y.end());
            case Break b when !inLoop -> throw source.syntaxError("'break' outside loop", b.start(), b.end());
            case Continue c when !inLoop -> throw source.syntaxError("'continue' not properly in loop", c.start(), c.end());
            case ImportFrom i when PyFutureChecker.isFuture(i) && source.lineOf(i.start()) > futureLine ->
                throw source.syntaxError(PyFutureChecker.LATE_FUTURE, i.start(), i.end());
            case FunctionDef f -> {
                f.decoratorList().forEach(d -> visit(d, inFunction, inLoop));
                visit(f.args(), inFunction, inLoop);
                if (f.returns() != null) {
                    visit(f.returns(), inFunction, inLoop);
                }
                f.body().forEach(s -> visit(s, true, false));
            }
            case Lambda l -> {
                visit(l.args(), inFunction, inLoop);
                visit(l.body(), true, false);
            }
            case ClassDef c -> {
                c.decoratorList().forEach(d -> visit(d, inFunction, inLoop));
                c.bases().forEach(b -> visit(b, inFunction, inLoop));
                c.keywords().forEach(k -> visit(k, inFunction, inLoop));
                c.body().forEach(s -> visit(s, false, false));
            }
            case While w -> {
                visit(w.test(), inFunction, inLoop);
                w.body().forEach(s -> visit(s, inFunction, true));
                w.orelse().forEach(s -> visit(s, inFunction, inLoop));
            }
            case For f -> {
                visit(f.iter(), inFunction, inLoop);
                visitTarget(f.target(), inFunction, inLoop);
                f.body().forEach(s -> visit(s, inFunction, true));
                f.orelse().forEach(s -> visit(s, inFunction, inLoop));
            }
            case Starred s -> throw source.syntaxError("can't use starred expression here", s.start(), s.end());
            case ListExpr l -> l.elts().forEach(e -> visitElement(e, inFunction, inLoop));
            case TupleExpr t -> t.elts().forEach(e -> visitElement(e, inFunction, inLoop));
            case SetExpr t -> t.elts().forEach(e -> visitElement(e, inFunction, inLoop));
            case Call c -> {
                visit(c.func(), inFunction, inLoop);
                c.args().forEach(e -> visitElement(e, inFunction, inLoop));
                c.keywords().forEach(k -> visit(k, inFunction, inLoop));
            }
            case Assign a -> {
                visit(a.value(), inFunction, inLoop);
                a.targets().forEach(t -> visitTarget(t, inFunction, inLoop));
            }
            case AugAssign a -> {
                visit(a.value(), inFunction, inLoop);
                visit(a.target(), inFunction, inLoop);
            }
            case WithItem w -> {
                visit(w.contextExpr(), inFunction, inLoop);
                if (w.optionalVars() != null) {
                    visitTarget(w.optionalVars(), inFunction, inLoop);
                }
            }
            case Comprehension c -> {
                visit(c.iter(), inFunction, inLoop);
                visitTarget(c.target(), inFunction, inLoop);
                c.ifs().forEach(e -> visit(e, inFunction, inLoop));
            }
            case ListComp c -> {
                c.generators().forEach(g -> visit(g, inFunction, inLoop));
                visit(c.elt(), inFunction, inLoop);
            }
            case SetComp c -> {
                c.generators().forEach(g -> visit(g, inFunction, inLoop));
                visit(c.elt(), inFunction, inLoop);
            }
            case GeneratorExp c -> {
                c.generators().forEach(g -> visit(g, inFunction, inLoop));
                visit(c.elt(), inFunction, inLoop);
            }
            case DictComp c -> {
                c.generators().forEach(g -> visit(g, inFunction, inLoop));
                visit(c.key(), inFunction, inLoop);
                visit(c.value(), inFunction, inLoop);
            }
            default -> PyAstChildren.forEach(node, child -> visit(child, inFunction, inLoop));
        }
    }

    /** An element of a display or a call argument, where {@code *x} is allowed. */
    private void visitElement(Expr e, boolean inFunction, boolean inLoop) {
        if (e instanceof Starred s) {
            visit(s.value(), inFunction, inLoop);
        } else {
            visit(e, inFunction, inLoop);
        }
    }

    private void visitTarget(Expr target, boolean inFunction, boolean inLoop) {
        switch (target) {
            case Starred s -> throw source.syntaxError("starred assignment target must be in a list or tuple", s.start(), s.end());
            case TupleExpr t -> visitTargetElements(t, t.elts(), inFunction, inLoop);
            case ListExpr l -> visitTargetElements(l, l.elts(), inFunction, inLoop);
            default -> visit(target, inFunction, inLoop);
        }
    }

    private void visitTargetElements(Expr sequence, java.util.List<Expr> elts, boolean inFunction, boolean inLoop) {
        if (elts.stream().filter(e -> e instanceof Starred).count() > 1) {
            throw source.syntaxError("multiple starred expressions in assignment", sequence.start(), sequence.end());
        }
        for (Expr e : elts) {
            if (e instanceof Starred s) {
                visitTarget(s.value(), inFunction, inLoop);
            } else {
                visitTarget(e, inFunction, inLoop);
            }
        }
    }
}
