package org.pyjit.language.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyjit.language.parser.PyAst.*;

/**
 * CPython's private name mangling: inside a class statement (its methods, nested functions,
 * lambdas and comprehensions included) an identifier {@code __name} that does not end in two
 * underscores means {@code _Class__name}, Class being the innermost enclosing class's name without
 * its leading underscores (no mangling when that leaves nothing).
 *
 * {@link #mangle(PyAst.Module)} rewrites the tree once, before translation, so that tier 1, its
 * scopes and tier 2 (which lowers from the same tree) agree on every name. What CPython mangles:
 * names read, assigned and deleted, attribute names, parameters, global and nonlocal
 * declarations, exception handler and import names (the module's too, unless dotted). What it
 * does not: keyword argument names of calls, strings, and the names a def or class statement
 * gives its function or class ({@code __name__}, {@code __qualname__}); the variable such a
 * statement binds is mangled, which the translator does itself since the tree keeps one name.
 */
public final class PyMangling {
    private final String privateName;

    private PyMangling(String privateName) {
        this.privateName = privateName;
    }

    /** {@code name} as it is spelled inside class {@code privateName} (null outside every class). */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }

    /** The module with the names in its classes mangled; the module itself when it has no class. */
    public static PyAst.Module mangle(PyAst.Module module) {
        if (!containsClass(module)) {
            return module;
        }
        PyMangling outside = new PyMangling(null);
        List<Stmt> body = new ArrayList<>();
        for (Stmt s : module.body()) {
            // Statements without a class keep their nodes: nothing in them changes.
            body.add(containsClass(s) ? outside.stmt(s) : s);
        }
        return new PyAst.Module(module.start(), module.end(), body);
    }

    private static boolean containsClass(Node node) {
        return node instanceof ClassDef || PyAstChildren.anyChild(node, PyMangling::containsClass);
    }

    private String name(String name) {
        return mangle(privateName, name);
    }

    private List<String> names(List<String> names) {
        return names.stream().map(this::name).toList();
    }

    // ---------------------------------------------------------------------------------------- statements

    private List<Stmt> stmts(List<Stmt> stmts) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt s : stmts) {
            out.add(stmt(s));
        }
        return out;
    }

    private Stmt stmt(Stmt s) {
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (s instanceof ExprStmt x) {
            return new ExprStmt(x.start(), x.end(), expr(x.value()));
        } else if (s instanceof Assign x) {
            return new Assign(x.start(), x.end(), exprs(x.targets()), expr(x.value()));
        } else if (s instanceof AugAssign x) {
            return new AugAssign(x.start(), x.end(), expr(x.target()), x.op(), expr(x.value()));
        } else if (s instanceof AnnAssign x) {
            return new AnnAssign(x.start(), x.end(), expr(x.target()), expr(x.annotation()), expr(x.value()));
        } else if (s instanceof If x) {
            return new If(x.start(), x.end(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof While x) {
            return new While(x.start(), x.end(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof For x) {
            return new For(x.start(), x.end(), expr(x.target()), expr(x.iter()), stmts(x.body()), stmts(x.orelse()));
        } else if (s instanceof Break || s instanceof Continue || s instanceof Pass) {
            return s;
        } else if (s instanceof FunctionDef x) {
            return new FunctionDef(x.start(), x.end(), x.name(), arguments(x.args()), stmts(x.body()), exprs(x.decoratorList()), expr(x.returns()));
        } else if (s instanceof ClassDef x) {
            // Decorators, bases and keywords are evaluated outside; the body mangles with the class's own name.
            PyMangling inside = new PyMangling(x.name());
            return new ClassDef(x.start(), x.end(), x.name(), exprs(x.bases()), keywords(x.keywords()), inside.stmts(x.body()), exprs(x.decoratorList()));
        } else if (s instanceof Return x) {
            return new Return(x.start(), x.end(), expr(x.value()));
        } else if (s instanceof Try x) {
            List<ExceptHandler> handlers = new ArrayList<>();
            for (ExceptHandler h : x.handlers()) {
                handlers.add(new ExceptHandler(h.start(), h.end(), expr(h.type()), h.name() == null ? null : name(h.name()), stmts(h.body())));
            }
            return new Try(x.start(), x.end(), stmts(x.body()), handlers, stmts(x.orelse()), stmts(x.finalbody()));
        } else if (s instanceof Raise x) {
            return new Raise(x.start(), x.end(), expr(x.exc()), expr(x.cause()));
        } else if (s instanceof Assert x) {
            return new Assert(x.start(), x.end(), expr(x.test()), expr(x.msg()));
        } else if (s instanceof Delete x) {
            return new Delete(x.start(), x.end(), exprs(x.targets()));
        } else if (s instanceof With x) {
            List<WithItem> items = new ArrayList<>();
            for (WithItem w : x.items()) {
                items.add(new WithItem(w.start(), w.end(), expr(w.contextExpr()), expr(w.optionalVars())));
            }
            return new With(x.start(), x.end(), items, stmts(x.body()));
        } else if (s instanceof Import x) {
            return new Import(x.start(), x.end(), aliases(x.names()));
        } else if (s instanceof ImportFrom x) {
            return new ImportFrom(x.start(), x.end(), x.module() == null ? null : name(x.module()), aliases(x.names()), x.level());
        } else if (s instanceof Global x) {
            return new Global(x.start(), x.end(), names(x.names()));
        } else if (s instanceof Nonlocal x) {
            return new Nonlocal(x.start(), x.end(), names(x.names()));
        }
        throw new IllegalStateException("unexpected " + s.getClass().getSimpleName());
    }

    /** Both names of an import: CPython imports the mangled module or attribute and binds the mangled name. */
    private List<Alias> aliases(List<Alias> aliases) {
        List<Alias> out = new ArrayList<>(aliases.size());
        for (Alias a : aliases) {
            out.add(new Alias(a.start(), a.end(), name(a.name()), a.asname() == null ? null : name(a.asname())));
        }
        return out;
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(a.start(), a.end(), args(a.posonlyargs()), args(a.args()), arg(a.vararg()), args(a.kwonlyargs()), exprs(a.kwDefaults()),
                        arg(a.kwarg()), exprs(a.defaults()));
    }

    private List<Arg> args(List<Arg> args) {
        List<Arg> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            out.add(arg(a));
        }
        return out;
    }

    private Arg arg(Arg a) {
        return a == null ? null : new Arg(a.start(), a.end(), name(a.arg()), expr(a.annotation()));
    }

    /** Keyword arguments keep their names: CPython passes them as written. */
    private List<Keyword> keywords(List<Keyword> keywords) {
        List<Keyword> out = new ArrayList<>(keywords.size());
        for (Keyword k : keywords) {
            out.add(new Keyword(k.start(), k.end(), k.arg(), expr(k.value())));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------- expressions

    /** The expressions, nulls (absent keyword-only defaults, {@code **} entries of a dict) kept. */
    private List<Expr> exprs(List<Expr> exprs) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(expr(e));
        }
        return out;
    }

    private List<Comprehension> generators(List<Comprehension> generators) {
        List<Comprehension> out = new ArrayList<>(generators.size());
        for (Comprehension g : generators) {
            out.add(new Comprehension(g.start(), g.end(), expr(g.target()), expr(g.iter()), exprs(g.ifs())));
        }
        return out;
    }

    private Expr expr(Expr e) {
        if (e == null) {
            return null;
        }
        if (e instanceof Name x) {
            return new Name(x.start(), x.end(), name(x.id()));
        } else if (e instanceof Attribute x) {
            return new Attribute(x.start(), x.end(), expr(x.value()), name(x.attr()));
        } else if (e instanceof Call x) {
            return new Call(x.start(), x.end(), expr(x.func()), exprs(x.args()), keywords(x.keywords()));
        } else if (e instanceof IntLit || e instanceof StrLit || e instanceof NoneLit || e instanceof BoolLit || e instanceof FloatLit || e instanceof EllipsisLit) {
            return e;
        } else if (e instanceof BinOp x) {
            return new BinOp(x.start(), x.end(), expr(x.left()), x.op(), expr(x.right()));
        } else if (e instanceof JoinedStr x) {
            return new JoinedStr(x.start(), x.end(), exprs(x.values()));
        } else if (e instanceof FormattedValue x) {
            return new FormattedValue(x.start(), x.end(), expr(x.value()), x.conversion(), expr(x.formatSpec()));
        } else if (e instanceof UnaryOp x) {
            return new UnaryOp(x.start(), x.end(), x.op(), expr(x.operand()));
        } else if (e instanceof BoolOp x) {
            return new BoolOp(x.start(), x.end(), x.isAnd(), exprs(x.values()));
        } else if (e instanceof Compare x) {
            return new Compare(x.start(), x.end(), expr(x.left()), x.ops(), exprs(x.comparators()));
        } else if (e instanceof IfExp x) {
            return new IfExp(x.start(), x.end(), expr(x.test()), expr(x.body()), expr(x.orelse()));
        } else if (e instanceof Lambda x) {
            return new Lambda(x.start(), x.end(), arguments(x.args()), expr(x.body()));
        } else if (e instanceof Subscript x) {
            return new Subscript(x.start(), x.end(), expr(x.value()), expr(x.slice()));
        } else if (e instanceof Slice x) {
            return new Slice(x.start(), x.end(), expr(x.lower()), expr(x.upper()), expr(x.step()));
        } else if (e instanceof Starred x) {
            return new Starred(x.start(), x.end(), expr(x.value()));
        } else if (e instanceof ListExpr x) {
            return new ListExpr(x.start(), x.end(), exprs(x.elts()));
        } else if (e instanceof TupleExpr x) {
            return new TupleExpr(x.start(), x.end(), exprs(x.elts()));
        } else if (e instanceof SetExpr x) {
            return new SetExpr(x.start(), x.end(), exprs(x.elts()));
        } else if (e instanceof DictExpr x) {
            return new DictExpr(x.start(), x.end(), exprs(x.keys()), exprs(x.values()));
        } else if (e instanceof ListComp x) {
            return new ListComp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
        } else if (e instanceof SetComp x) {
            return new SetComp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
        } else if (e instanceof DictComp x) {
            return new DictComp(x.start(), x.end(), expr(x.key()), expr(x.value()), generators(x.generators()));
        } else if (e instanceof GeneratorExp x) {
            return new GeneratorExp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
        } else if (e instanceof NamedExpr x) {
            return new NamedExpr(x.start(), x.end(), (Name) expr(x.target()), expr(x.value()));
        } else if (e instanceof Yield x) {
            return new Yield(x.start(), x.end(), expr(x.value()));
        } else if (e instanceof YieldFrom x) {
            return new YieldFrom(x.start(), x.end(), expr(x.value()));
        }
        throw new IllegalStateException("unexpected " + e.getClass().getSimpleName());
    }
}
