package org.pyjit.language.translator;

import java.util.IdentityHashMap;
import java.util.List;

import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAst.*;
import org.pyjit.language.parser.PyAstChildren;

/**
 * Builds the scope tree of a module and resolves every name to local, cell, free, global or
 * class-namespace access (Python 3 rules: class bodies are invisible to nested functions,
 * comprehensions are functions of their own, walrus targets bind in the enclosing function).
 */
final class PyScopeAnalyzer {
    private final IdentityHashMap<Node, PyScope> scopes = new IdentityHashMap<>();

    static IdentityHashMap<Node, PyScope> analyze(PyAst.Module module) {
        PyScopeAnalyzer a = new PyScopeAnalyzer();
        PyScope top = new PyScope(PyScope.Kind.MODULE, null, "<module>", "<module>", false);
        a.scopes.put(module, top);
        for (Stmt s : module.body()) {
            a.visit(s, top);
        }
        a.resolve(top);
        return a.scopes;
    }

    private PyScope newFunction(Node node, PyScope parent, String name, boolean comprehension) {
        PyScope s = new PyScope(PyScope.Kind.FUNCTION, parent, name, parent.childQualPrefix() + name, comprehension);
        scopes.put(node, s);
        return s;
    }

    private void addParams(PyScope s, Arguments args) {
        for (Arg a : args.posonlyargs()) {
            s.params.add(a.arg());
        }
        for (Arg a : args.args()) {
            s.params.add(a.arg());
        }
        if (args.vararg() != null) {
            s.params.add(args.vararg().arg());
        }
        for (Arg a : args.kwonlyargs()) {
            s.params.add(a.arg());
        }
        if (args.kwarg() != null) {
            s.params.add(args.kwarg().arg());
        }
    }

    private void visitDefaults(Arguments args, PyScope s) {
        for (Expr d : args.defaults()) {
            visit(d, s);
        }
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                visit(d, s);
            }
        }
    }

    private void bindTarget(Expr target, PyScope s) {
        if (target instanceof Name n) {
            s.bound.add(n.id());
        } else if (target instanceof TupleExpr t) {
            t.elts().forEach(e -> bindTarget(e, s));
        } else if (target instanceof ListExpr t) {
            t.elts().forEach(e -> bindTarget(e, s));
        } else if (target instanceof Starred st) {
            bindTarget(st.value(), s);
        } else {
            visit(target, s);
        }
    }

    private void visit(Node node, PyScope s) {
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (node instanceof Name n) {
            s.used.add(n.id());
            if (n.id().equals("super")) {
                s.usesSuper = true;
            }
        } else if (node instanceof FunctionDef f) {
            f.decoratorList().forEach(d -> visit(d, s));
            visitDefaults(f.args(), s);
            s.bound.add(s.mangle(f.name()));
            PyScope fs = newFunction(f, s, f.name(), false);
            addParams(fs, f.args());
            f.body().forEach(st -> visit(st, fs));
        } else if (node instanceof Lambda l) {
            visitDefaults(l.args(), s);
            PyScope fs = newFunction(l, s, "<lambda>", false);
            addParams(fs, l.args());
            visit(l.body(), fs);
        } else if (node instanceof ClassDef c) {
            c.decoratorList().forEach(d -> visit(d, s));
            c.bases().forEach(b -> visit(b, s));
            c.keywords().forEach(k -> visit(k.value(), s));
            s.bound.add(s.mangle(c.name()));
            PyScope cs = new PyScope(PyScope.Kind.CLASS, s, c.name(), s.childQualPrefix() + c.name(), false);
            scopes.put(c, cs);
            c.body().forEach(st -> visit(st, cs));
        } else if (node instanceof ListComp c) {
            comprehension(c, c.generators(), s, "<listcomp>", List.of(c.elt()));
        } else if (node instanceof SetComp c) {
            comprehension(c, c.generators(), s, "<setcomp>", List.of(c.elt()));
        } else if (node instanceof DictComp c) {
            comprehension(c, c.generators(), s, "<dictcomp>", List.of(c.key(), c.value()));
        } else if (node instanceof GeneratorExp c) {
            PyScope cs = comprehension(c, c.generators(), s, "<genexpr>", List.of(c.elt()));
            cs.isGenerator = true;
        } else if (node instanceof Assign a) {
            visit(a.value(), s);
            a.targets().forEach(t -> bindTarget(t, s));
            if (a.targets().size() == 1 && a.targets().get(0) instanceof Name n && PyTranslator.isConcatToItself(n, a.value())) {
                s.concatTargets.add(n.id());
            }
        } else if (node instanceof AugAssign a) {
            visit(a.value(), s);
            if (a.target() instanceof Name n) {
                s.bound.add(n.id());
                s.used.add(n.id());
                if (a.op() == BinOpKind.ADD) {
                    s.concatTargets.add(n.id());
                }
            } else {
                visit(a.target(), s);
            }
        } else if (node instanceof AnnAssign a) {
            if (a.value() != null) {
                visit(a.value(), s);
            }
            bindTarget(a.target(), s);
        } else if (node instanceof For f) {
            visit(f.iter(), s);
            bindTarget(f.target(), s);
            f.body().forEach(st -> visit(st, s));
            f.orelse().forEach(st -> visit(st, s));
        } else if (node instanceof With w) {
            for (WithItem item : w.items()) {
                visit(item.contextExpr(), s);
                if (item.optionalVars() != null) {
                    bindTarget(item.optionalVars(), s);
                }
            }
            w.body().forEach(st -> visit(st, s));
        } else if (node instanceof Try t) {
            t.body().forEach(st -> visit(st, s));
            for (ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    visit(h.type(), s);
                }
                if (h.name() != null) {
                    s.bound.add(h.name());
                }
                h.body().forEach(st -> visit(st, s));
            }
            t.orelse().forEach(st -> visit(st, s));
            t.finalbody().forEach(st -> visit(st, s));
        } else if (node instanceof Delete d) {
            d.targets().forEach(t -> bindTarget(t, s));
        } else if (node instanceof Import i) {
            for (Alias a : i.names()) {
                String bind = a.asname() != null ? a.asname() : s.mangle(a.name().split("\\.")[0]);
                s.bound.add(bind);
            }
        } else if (node instanceof ImportFrom i) {
            for (Alias a : i.names()) {
                if (!a.name().equals("*")) {
                    s.bound.add(a.asname() != null ? a.asname() : a.name());
                }
            }
        } else if (node instanceof Global g) {
            s.globals.addAll(g.names());
        } else if (node instanceof Nonlocal n) {
            s.nonlocals.addAll(n.names());
        } else if (node instanceof NamedExpr ne) {
            visit(ne.value(), s);
            PyScope t = s;
            while (t.isComprehension) {
                t = t.parent;
            }
            t.bound.add(ne.target().id());
            for (PyScope c = s; c != t; c = c.parent) {
                if (t.kind == PyScope.Kind.MODULE) {
                    c.globals.add(ne.target().id());
                } else {
                    c.nonlocals.add(ne.target().id());
                }
            }
        } else if (node instanceof Yield y) {
            s.isGenerator = true;
            if (y.value() != null) {
                visit(y.value(), s);
            }
        } else if (node instanceof YieldFrom y) {
            s.isGenerator = true;
            visit(y.value(), s);
        } else {
            PyAstChildren.forEach(node, child -> visit(child, s));
        }
    }

    private PyScope comprehension(Node node, List<Comprehension> generators, PyScope s, String name, List<Expr> elements) {
        // The outermost iterable is evaluated in the enclosing scope.
        visit(generators.get(0).iter(), s);
        PyScope cs = newFunction(node, s, name, true);
        cs.params.add(".0");
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                visit(g.iter(), cs);
            }
            bindTarget(g.target(), cs);
            g.ifs().forEach(e -> visit(e, cs));
        }
        elements.forEach(e -> visit(e, cs));
        return cs;
    }

    // ------------------------------------------------------------------------------------ resolution

    private void resolve(PyScope s) {
        if (s.kind != PyScope.Kind.MODULE) {
            for (String n : s.nonlocals) {
                provide(s.parent, n);
                s.addFree(n);
            }
            for (String n : s.used) {
                if (s.globals.contains(n) || s.nonlocals.contains(n)) {
                    continue;
                }
                boolean local = s.kind == PyScope.Kind.FUNCTION ? s.isLocallyBound(n) : s.bound.contains(n);
                if (!local && provide(s.parent, n)) {
                    s.addFree(n);
                }
            }
            if (s.kind == PyScope.Kind.FUNCTION && s.usesSuper && !s.isLocallyBound("super")) {
                if (provide(s.parent, "__class__")) {
                    s.addFree("__class__");
                }
            }
        }
        for (PyScope c : s.children) {
            resolve(c);
        }
    }

    /** Whether scope p can give its nested scopes a cell for name n (making it a cell or free variable of p). */
    private boolean provide(PyScope p, String n) {
        if (p == null || p.kind == PyScope.Kind.MODULE) {
            return false;
        }
        if (p.kind == PyScope.Kind.CLASS) {
            if (n.equals("__class__")) {
                p.cellVars.add(n);
                return true;
            }
            if (p.globals.contains(n)) {
                return false;
            }
            if (provide(p.parent, n)) {
                p.addFree(n);
                return true;
            }
            return false;
        }
        if (p.globals.contains(n)) {
            return false;
        }
        if (p.nonlocals.contains(n) || p.freeVars.contains(n)) {
            p.addFree(n);
            return true;
        }
        if (p.isLocallyBound(n)) {
            p.cellVars.add(n);
            return true;
        }
        if (provide(p.parent, n)) {
            p.addFree(n);
            return true;
        }
        return false;
    }
}
