package org.pyjit.language.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pyjit.language.parser.PyAst.*;

/**
 * The errors CPython's symbol table pass reports (before any compiler error): duplicate
 * parameters, misplaced global/nonlocal declarations, unresolvable nonlocals, yield in
 * comprehensions. Like CPython's, it knows names inside classes by their mangled spelling
 * ({@link PyMangling}) and reports most of them as written.
 */
final class PyScopeChecker {
    private static final int DEF_LOCAL = 1;
    private static final int USE = 2;
    private static final int PARAM = 4;
    private static final int GLOBAL = 8;
    private static final int NONLOCAL = 16;
    private static final int ANNOT = 32;

    private enum Kind {
        MODULE,
        FUNCTION,
        CLASS
    }

    private static final class Scope {
        final Kind kind;
        final Scope parent;
        /** By mangled name. */
        final Map<String, Integer> flags = new HashMap<>();
        /** Non-null inside a comprehension: its kind, for "'yield' inside list comprehension". */
        final String comprehension;
        /** The innermost enclosing class's name, null outside classes. */
        final String privateName;

        Scope(Kind kind, Scope parent, String comprehension, String privateName) {
            this.kind = kind;
            this.parent = parent;
            this.comprehension = comprehension;
            this.privateName = privateName;
        }

        String mangle(String name) {
            return PyMangling.mangle(privateName, name);
        }

        int get(String name) {
            return flags.getOrDefault(mangle(name), 0);
        }

        void add(String name, int flag) {
            flags.merge(mangle(name), flag, (a, b) -> a | b);
        }
    }

    private record PendingNonlocal(Scope scope, String name, Nonlocal stmt) {
    }

    /** The first global/nonlocal statement naming each (mangled) name, per scope (CPython reports conflicts there). */
    private final Map<Scope, Map<String, Stmt>> directives = new HashMap<>();
    private PySyntaxError conflict;

    private final PySourceText source;
    private final List<PendingNonlocal> nonlocals = new ArrayList<>();
    private Scope scope;

    PyScopeChecker(PySourceText source) {
        this.source = source;
    }

    void check(PyAst.Module module) {
        scope = new Scope(Kind.MODULE, null, null, null);
        module.body().forEach(this::visit);
        if (conflict != null) {
            throw conflict;
        }
        for (PendingNonlocal n : nonlocals) {
            if (!boundInEnclosingFunction(n.scope(), n.name())) {
                throw source.syntaxError("no binding for nonlocal '" + n.name() + "' found", n.stmt().start(), n.stmt().end());
            }
        }
    }

    private static boolean boundInEnclosingFunction(Scope s, String name) {
        for (Scope up = s.parent; up != null && up.kind != Kind.MODULE; up = up.parent) {
            if (up.kind == Kind.CLASS && name.equals("__class__")) {
                // methods see the implicit __class__ cell of their class
                return true;
            }
            if (up.kind != Kind.FUNCTION || up.comprehension != null) {
                continue;
            }
            int f = up.get(name);
            if ((f & (GLOBAL | NONLOCAL)) == 0 && (f & (DEF_LOCAL | PARAM)) != 0) {
                return true;
            }
        }
        return false;
    }

    private PySyntaxError error(String msg, Node node) {
        return source.syntaxError(msg, node.start(), node.end());
    }

    private void visit(Node node) {
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (node instanceof Name n) {
            scope.add(n.id(), USE);
        } else if (node instanceof FunctionDef f) {
            f.decoratorList().forEach(this::visit);
            visitDefaultsAndAnnotations(f.args());
            if (f.returns() != null) {
                visit(f.returns());
            }
            scope.add(f.name(), DEF_LOCAL);
            enter(Kind.FUNCTION, null, scope.privateName);
            declareParameters(f.args());
            f.body().forEach(this::visit);
            leave();
        } else if (node instanceof Lambda l) {
            visitDefaultsAndAnnotations(l.args());
            enter(Kind.FUNCTION, null, scope.privateName);
            declareParameters(l.args());
            visit(l.body());
            leave();
        } else if (node instanceof ClassDef c) {
            c.decoratorList().forEach(this::visit);
            c.bases().forEach(this::visit);
            c.keywords().forEach(this::visit);
            scope.add(c.name(), DEF_LOCAL);
            enter(Kind.CLASS, null, c.name());
            c.body().forEach(this::visit);
            leave();
        } else if (node instanceof ListComp c) {
            comprehension("list comprehension", c.generators(), c.elt(), null);
        } else if (node instanceof SetComp c) {
            comprehension("set comprehension", c.generators(), c.elt(), null);
        } else if (node instanceof DictComp c) {
            comprehension("dict comprehension", c.generators(), c.key(), c.value());
        } else if (node instanceof GeneratorExp c) {
            comprehension("generator expression", c.generators(), c.elt(), null);
        } else if (node instanceof Yield y) {
            checkYield(y);
            PyAstChildren.forEach(y, this::visit);
        } else if (node instanceof YieldFrom y) {
            checkYield(y);
            PyAstChildren.forEach(y, this::visit);
        } else if (node instanceof Global g) {
            for (String name : g.names()) {
                declare(name, g, "global", GLOBAL, NONLOCAL);
            }
        } else if (node instanceof ImportFrom i) {
            if (i.names().size() == 1 && i.names().get(0).name().equals("*") && scope.kind != Kind.MODULE) {
                throw error("import * only allowed at module level", i.names().get(0));
            }
        } else if (node instanceof Nonlocal n) {
            if (scope.kind == Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", n);
            }
            for (String name : n.names()) {
                declare(name, n, "nonlocal", NONLOCAL, GLOBAL);
                // resolved, and reported, as CPython's symbol table has it: mangled
                nonlocals.add(new PendingNonlocal(scope, scope.mangle(name), n));
            }
        } else if (node instanceof Assign a) {
            a.targets().forEach(this::visitTarget);
            visit(a.value());
        } else if (node instanceof AugAssign a) {
            visitTarget(a.target());
            visit(a.value());
        } else if (node instanceof AnnAssign a) {
            if (a.target() instanceof Name n) {
                scope.add(n.id(), ANNOT | (a.value() != null ? DEF_LOCAL : 0));
            } else {
                visitTarget(a.target());
            }
            visit(a.annotation());
            if (a.value() != null) {
                visit(a.value());
            }
        } else if (node instanceof For f) {
            visitTarget(f.target());
            visit(f.iter());
            f.body().forEach(this::visit);
            f.orelse().forEach(this::visit);
        } else if (node instanceof Delete d) {
            d.targets().forEach(this::visitTarget);
        } else if (node instanceof WithItem w) {
            visit(w.contextExpr());
            if (w.optionalVars() != null) {
                visitTarget(w.optionalVars());
            }
        } else if (node instanceof ExceptHandler h) {
            if (h.type() != null) {
                visit(h.type());
            }
            if (h.name() != null) {
                scope.add(h.name(), DEF_LOCAL);
            }
            h.body().forEach(this::visit);
        } else if (node instanceof NamedExpr ne) {
            visit(ne.value());
            Scope target = scope;
            while (target.comprehension != null) {
                target = target.parent;
            }
            target.add(ne.target().id(), DEF_LOCAL);
        } else if (node instanceof Alias a) {
            if (!a.name().equals("*")) {
                String bound = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                scope.add(bound, DEF_LOCAL);
            }
        } else {
            PyAstChildren.forEach(node, this::visit);
        }
    }

    /**
     * A {@code global} or {@code nonlocal} ({@code keyword}) declaration of {@code name}: an error
     * after the name was bound or used in the scope, a conflict with the other kind ({@code other}).
     */
    private void declare(String name, Stmt statement, String keyword, int flag, int other) {
        int cur = scope.get(name);
        if ((cur & (PARAM | DEF_LOCAL | USE | ANNOT)) != 0) {
            String msg = (cur & PARAM) != 0 ? "name '%s' is parameter and " + keyword
                            : (cur & USE) != 0 ? "name '%s' is used prior to " + keyword + " declaration"
                                            : (cur & ANNOT) != 0 ? "annotated name '%s' can't be " + keyword : "name '%s' is assigned to before " + keyword + " declaration";
            throw error(String.format(msg, name), statement);
        }
        if ((cur & other) != 0) {
            recordConflict(scope.mangle(name));
        }
        directives.computeIfAbsent(scope, k -> new HashMap<>()).putIfAbsent(scope.mangle(name), statement);
        scope.add(name, flag);
    }

    private void recordConflict(String name) {
        if (conflict == null) {
            conflict = error("name '" + name + "' is nonlocal and global", directives.get(scope).get(name));
        }
    }

    private void checkYield(Expr y) {
        if (scope.comprehension != null) {
            throw error("'yield' inside " + scope.comprehension, y);
        }
    }

    private void visitTarget(Expr target) {
        if (target instanceof Name n) {
            scope.add(n.id(), DEF_LOCAL);
        } else if (target instanceof TupleExpr t) {
            t.elts().forEach(this::visitTarget);
        } else if (target instanceof ListExpr l) {
            l.elts().forEach(this::visitTarget);
        } else if (target instanceof Starred s) {
            visitTarget(s.value());
        } else {
            visit(target);
        }
    }

    private void visitDefaultsAndAnnotations(Arguments args) {
        args.defaults().forEach(this::visit);
        for (Expr d : args.kwDefaults()) {
            if (d != null) {
                visit(d);
            }
        }
        List<Arg> all = allParameters(args);
        for (Arg a : all) {
            if (a.annotation() != null) {
                visit(a.annotation());
            }
        }
    }

    private static List<Arg> allParameters(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private void declareParameters(Arguments args) {
        for (Arg a : allParameters(args)) {
            if ((scope.get(a.arg()) & PARAM) != 0) {
                throw error("duplicate argument '" + a.arg() + "' in function definition", a);
            }
            scope.add(a.arg(), PARAM);
        }
    }

    private void comprehension(String kind, List<Comprehension> generators, Expr elt, Expr value) {
        visit(generators.get(0).iter());
        enter(Kind.FUNCTION, kind, scope.privateName);
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            visitTarget(g.target());
            if (i > 0) {
                visit(g.iter());
            }
            g.ifs().forEach(this::visit);
        }
        visit(elt);
        if (value != null) {
            visit(value);
        }
        leave();
    }

    private void enter(Kind kind, String comprehension, String privateName) {
        scope = new Scope(kind, scope, comprehension, privateName);
    }

    private void leave() {
        scope = scope.parent;
    }
}
