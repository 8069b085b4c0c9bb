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
        return switch (s) {
            case ExprStmt x -> new ExprStmt(x.start(), x.end(), expr(x.value()));
            case Assign x -> new Assign(x.start(), x.end(), exprs(x.targets()), expr(x.value()));
            case AugAssign x -> new AugAssign(x.start(), x.end(), expr(x.target()), x.op(), expr(x.value()));
            case AnnAssign x -> new AnnAssign(x.start(), x.end(), expr(x.target()), expr(x.annotation()), expr(x.value()));
            case If x -> new If(x.start(), x.end(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
            case While x -> new While(x.start(), x.end(), expr(x.test()), stmts(x.body()), stmts(x.orelse()));
            case For x -> new For(x.start(), x.end(), expr(x.target()), expr(x.iter()), stmts(x.body()), stmts(x.orelse()));
            case Break x -> x;
            case Continue x -> x;
            case Pass x -> x;
            case FunctionDef x -> new FunctionDef(x.start(), x.end(), x.name(), arguments(x.args()), stmts(x.body()), exprs(x.decoratorList()), expr(x.returns()));
            case ClassDef x -> {
                // Decorators, bases and keywords are evaluated outside; the body mangles with the class's own name.
                PyMangling inside = new PyMangling(x.name());
                yield new ClassDef(x.start(), x.end(), x.name(), exprs(x.bases()), keywords(x.keywords()), inside.stmts(x.body()), exprs(x.decoratorList()));
            }
            case Return x -> new Return(x.start(), x.end(), expr(x.value()));
            case Try x -> {
                List<ExceptHandler> handlers = new ArrayList<>();
                for (ExceptHandler h : x.handlers()) {
                    handlers.add(new ExceptHandler(h.start(), h.end(), expr(h.type()), h.name() == null ? null : name(h.name()), stmts(h.body())));
                }
                yield new Try(x.start(), x.end(), stmts(x.body()), handlers, stmts(x.orelse()), stmts(x.finalbody()));
            }
            case Raise x -> new Raise(x.start(), x.end(), expr(x.exc()), expr(x.cause()));
            case Assert x -> new Assert(x.start(), x.end(), expr(x.test()), expr(x.msg()));
            case Delete x -> new Delete(x.start(), x.end(), exprs(x.targets()));
            case With x -> {
                List<WithItem> items = new ArrayList<>();
                for (WithItem w : x.items()) {
                    items.add(new WithItem(w.start(), w.end(), expr(w.contextExpr()), expr(w.optionalVars())));
                }
                yield new With(x.start(), x.end(), items, stmts(x.body()));
            }
            case Import x -> new Import(x.start(), x.end(), aliases(x.names()));
            case ImportFrom x -> new ImportFrom(x.start(), x.end(), x.module() == null ? null : name(x.module()), aliases(x.names()), x.level());
            case Global x -> new Global(x.start(), x.end(), names(x.names()));
            case Nonlocal x -> new Nonlocal(x.start(), x.end(), names(x.names()));
        };
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
        return switch (e) {
            case IntLit x -> x;
            case FloatLit x -> x;
            case StrLit x -> x;
            case BoolLit x -> x;
            case NoneLit x -> x;
            case EllipsisLit x -> x;
            case JoinedStr x -> new JoinedStr(x.start(), x.end(), exprs(x.values()));
            case FormattedValue x -> new FormattedValue(x.start(), x.end(), expr(x.value()), x.conversion(), expr(x.formatSpec()));
            case Name x -> new Name(x.start(), x.end(), name(x.id()));
            case BinOp x -> new BinOp(x.start(), x.end(), expr(x.left()), x.op(), expr(x.right()));
            case UnaryOp x -> new UnaryOp(x.start(), x.end(), x.op(), expr(x.operand()));
            case BoolOp x -> new BoolOp(x.start(), x.end(), x.isAnd(), exprs(x.values()));
            case Compare x -> new Compare(x.start(), x.end(), expr(x.left()), x.ops(), exprs(x.comparators()));
            case IfExp x -> new IfExp(x.start(), x.end(), expr(x.test()), expr(x.body()), expr(x.orelse()));
            case Lambda x -> new Lambda(x.start(), x.end(), arguments(x.args()), expr(x.body()));
            case Call x -> new Call(x.start(), x.end(), expr(x.func()), exprs(x.args()), keywords(x.keywords()));
            case Attribute x -> new Attribute(x.start(), x.end(), expr(x.value()), name(x.attr()));
            case Subscript x -> new Subscript(x.start(), x.end(), expr(x.value()), expr(x.slice()));
            case Slice x -> new Slice(x.start(), x.end(), expr(x.lower()), expr(x.upper()), expr(x.step()));
            case Starred x -> new Starred(x.start(), x.end(), expr(x.value()));
            case ListExpr x -> new ListExpr(x.start(), x.end(), exprs(x.elts()));
            case TupleExpr x -> new TupleExpr(x.start(), x.end(), exprs(x.elts()));
            case SetExpr x -> new SetExpr(x.start(), x.end(), exprs(x.elts()));
            case DictExpr x -> new DictExpr(x.start(), x.end(), exprs(x.keys()), exprs(x.values()));
            case ListComp x -> new ListComp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
            case SetComp x -> new SetComp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
            case DictComp x -> new DictComp(x.start(), x.end(), expr(x.key()), expr(x.value()), generators(x.generators()));
            case GeneratorExp x -> new GeneratorExp(x.start(), x.end(), expr(x.elt()), generators(x.generators()));
            case NamedExpr x -> new NamedExpr(x.start(), x.end(), (Name) expr(x.target()), expr(x.value()));
            case Yield x -> new Yield(x.start(), x.end(), expr(x.value()));
            case YieldFrom x -> new YieldFrom(x.start(), x.end(), expr(x.value()));
        };
    }
}
