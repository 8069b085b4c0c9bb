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
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (node instanceof Return r && !inFunction) {
            throw source.syntaxError("'return' outside function", r.start(), r.end());
        } else if (node instanceof Yield y && !inFunction) {
            throw source.syntaxError("'yield' outside function", y.start(), y.end());
        } else if (node instanceof YieldFrom y && !inFunction) {
            throw source.syntaxError("'yield' outside function", y.start(), y.end());
        } else if (node instanceof Break b && !inLoop) {
            throw source.syntaxError("'break' outside loop", b.start(), b.end());
        } else if (node instanceof Continue c && !inLoop) {
            throw source.syntaxError("'continue' not properly in loop", c.start(), c.end());
        } else if (node instanceof ImportFrom i && PyFutureChecker.isFuture(i) && source.lineOf(i.start()) > futureLine) {
            throw source.syntaxError(PyFutureChecker.LATE_FUTURE, i.start(), i.end());
        } else if (node instanceof FunctionDef f) {
            f.decoratorList().forEach(d -> visit(d, inFunction, inLoop));
            visit(f.args(), inFunction, inLoop);
            if (f.returns() != null) {
                visit(f.returns(), inFunction, inLoop);
            }
            f.body().forEach(s -> visit(s, true, false));
        } else if (node instanceof Lambda l) {
            visit(l.args(), inFunction, inLoop);
            visit(l.body(), true, false);
        } else if (node instanceof ClassDef c) {
            c.decoratorList().forEach(d -> visit(d, inFunction, inLoop));
            c.bases().forEach(b -> visit(b, inFunction, inLoop));
            c.keywords().forEach(k -> visit(k, inFunction, inLoop));
            c.body().forEach(s -> visit(s, false, false));
        } else if (node instanceof While w) {
            visit(w.test(), inFunction, inLoop);
            w.body().forEach(s -> visit(s, inFunction, true));
            w.orelse().forEach(s -> visit(s, inFunction, inLoop));
        } else if (node instanceof For f) {
            visit(f.iter(), inFunction, inLoop);
            visitTarget(f.target(), inFunction, inLoop);
            f.body().forEach(s -> visit(s, inFunction, true));
            f.orelse().forEach(s -> visit(s, inFunction, inLoop));
        } else if (node instanceof Starred s) {
            throw source.syntaxError("can't use starred expression here", s.start(), s.end());
        } else if (node instanceof ListExpr l) {
            l.elts().forEach(e -> visitElement(e, inFunction, inLoop));
        } else if (node instanceof TupleExpr t) {
            t.elts().forEach(e -> visitElement(e, inFunction, inLoop));
        } else if (node instanceof SetExpr t) {
            t.elts().forEach(e -> visitElement(e, inFunction, inLoop));
        } else if (node instanceof Call c) {
            visit(c.func(), inFunction, inLoop);
            c.args().forEach(e -> visitElement(e, inFunction, inLoop));
            c.keywords().forEach(k -> visit(k, inFunction, inLoop));
        } else if (node instanceof Assign a) {
            visit(a.value(), inFunction, inLoop);
            a.targets().forEach(t -> visitTarget(t, inFunction, inLoop));
        } else if (node instanceof AugAssign a) {
            visit(a.value(), inFunction, inLoop);
            visit(a.target(), inFunction, inLoop);
        } else if (node instanceof WithItem w) {
            visit(w.contextExpr(), inFunction, inLoop);
            if (w.optionalVars() != null) {
                visitTarget(w.optionalVars(), inFunction, inLoop);
            }
        } else if (node instanceof Comprehension c) {
            visit(c.iter(), inFunction, inLoop);
            visitTarget(c.target(), inFunction, inLoop);
            c.ifs().forEach(e -> visit(e, inFunction, inLoop));
        } else if (node instanceof ListComp c) {
            c.generators().forEach(g -> visit(g, inFunction, inLoop));
            visit(c.elt(), inFunction, inLoop);
        } else if (node instanceof SetComp c) {
            c.generators().forEach(g -> visit(g, inFunction, inLoop));
            visit(c.elt(), inFunction, inLoop);
        } else if (node instanceof GeneratorExp c) {
            c.generators().forEach(g -> visit(g, inFunction, inLoop));
            visit(c.elt(), inFunction, inLoop);
        } else if (node instanceof DictComp c) {
            c.generators().forEach(g -> visit(g, inFunction, inLoop));
            visit(c.key(), inFunction, inLoop);
            visit(c.value(), inFunction, inLoop);
        } else {
            PyAstChildren.forEach(node, child -> visit(child, inFunction, inLoop));
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
        if (target instanceof Starred s) {
            throw source.syntaxError("starred assignment target must be in a list or tuple", s.start(), s.end());
        } else if (target instanceof TupleExpr t) {
            visitTargetElements(t, t.elts(), inFunction, inLoop);
        } else if (target instanceof ListExpr l) {
            visitTargetElements(l, l.elts(), inFunction, inLoop);
        } else {
            visit(target, inFunction, inLoop);
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
