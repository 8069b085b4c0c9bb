package org.pyjit.language.parser;

import java.util.List;

import org.pyjit.language.parser.PyAst.*;

/**
 * The SyntaxWarnings CPython's compiler prints to stderr before a module runs: {@code is} with a
 * literal, calling or subscripting a literal ("perhaps you missed a comma?") and an assert of a
 * tuple. Literals are what CPython's AST optimizer folds into constants (-1, 1 + 2, (1, 2)).
 * Warnings come in CPython's compile order: pre-order, the test of a conditional expression
 * before its branches, an assignment's value before its targets, a comprehension's outermost
 * iterable last; subscripts are checked where they are read, not where they are assigned.
 */
public final class PySyntaxWarnings {
    private final PySourceText source;
    private final String fileName;
    private final StringBuilder warnings = new StringBuilder();

    private PySyntaxWarnings(PySourceText source, String fileName) {
        this.source = source;
        this.fileName = fileName;
    }

    /** The warnings as the warnings module prints them: {@code FILE:LINE: SyntaxWarning: MSG} and the stripped source line, each. */
    public static String of(PyAst.Module module, String code, String fileName) {
        PySyntaxWarnings w = new PySyntaxWarnings(new PySourceText(code), fileName);
        w.load(module);
        return w.warnings.toString();
    }

    private void warn(Node at, String message) {
        int line = source.lineOf(at.start());
        warnings.append(fileName).append(':').append(line).append(": SyntaxWarning: ").append(message).append("\n  ").append(source.lineText(line).strip()).append('\n');
    }

    private void load(Node n) {
        if (n == null) {
            return;
        }
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (n instanceof Compare c) {
            checkIs(c);
            PyAstChildren.forEach(n, this::load);
        } else if (n instanceof Call c) {
            String type = inferType(c.func());
            if (type != null && !(c.func() instanceof Lambda)) {
                warn(c, "'" + type + "' object is not callable; perhaps you missed a comma?");
            }
            PyAstChildren.forEach(n, this::load);
        } else if (n instanceof Subscript s) {
            checkSubscript(s);
            PyAstChildren.forEach(n, this::load);
        } else if (n instanceof Assert a) {
            if (a.test() instanceof TupleExpr t && !t.elts().isEmpty()) {
                warn(a, "assertion is always true, perhaps remove parentheses?");
            }
            PyAstChildren.forEach(n, this::load);
        } else if (n instanceof IfExp x) {
            load(x.test());
            load(x.body());
            load(x.orelse());
        } else if (n instanceof Assign a) {
            load(a.value());
            a.targets().forEach(this::store);
        } else if (n instanceof AugAssign a) {
            store(a.target());
            load(a.value());
        } else if (n instanceof AnnAssign a) {
            load(a.annotation());
            load(a.value());
            store(a.target());
        } else if (n instanceof For f) {
            load(f.iter());
            store(f.target());
            f.body().forEach(this::load);
            f.orelse().forEach(this::load);
        } else if (n instanceof Delete d) {
            d.targets().forEach(this::store);
        } else if (n instanceof WithItem w) {
            load(w.contextExpr());
            store(w.optionalVars());
        } else if (n instanceof ListComp c) {
            comprehension(c.generators(), c.elt());
        } else if (n instanceof SetComp c) {
            comprehension(c.generators(), c.elt());
        } else if (n instanceof GeneratorExp c) {
            comprehension(c.generators(), c.elt());
        } else if (n instanceof DictComp c) {
            comprehension(c.generators(), c.key(), c.value());
        } else {
            PyAstChildren.forEach(n, this::load);
        }
    }

    /** A comprehension's body is compiled first, its outermost iterable after it, in the enclosing scope. */
    private void comprehension(List<Comprehension> generators, Expr... elements) {
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                load(g.iter());
            }
            store(g.target());
            g.ifs().forEach(this::load);
        }
        for (Expr e : elements) {
            load(e);
        }
        load(generators.get(0).iter());
    }

    /** A target: its subscripts are stores (unchecked), but what they index and their indexes are read. */
    private void store(Node n) {
        if (n == null) {
            return;
        }
        if (n instanceof Subscript s) {
            load(s.value());
            load(s.slice());
        } else if (n instanceof Attribute a) {
            load(a.value());
        } else if (n instanceof TupleExpr t) {
            t.elts().forEach(this::store);
        } else if (n instanceof ListExpr l) {
            l.elts().forEach(this::store);
        } else if (n instanceof Starred s) {
            store(s.value());
        } else {
            load(n);
        }
    }

    private void checkIs(Compare c) {
        boolean left = isArg(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            boolean right = isArg(c.comparators().get(i));
            CmpOpKind op = c.ops().get(i);
            if ((op == CmpOpKind.IS || op == CmpOpKind.IS_NOT) && (!left || !right)) {
                warn(c, op == CmpOpKind.IS ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    /** Whether {@code is} may sensibly compare it: anything but a constant other than None, True, False and Ellipsis. */
    private static boolean isArg(Expr e) {
        String type = constType(e);
        return type == null || type.equals("NoneType") || type.equals("bool") || type.equals("ellipsis");
    }

    private void checkSubscript(Subscript s) {
        Expr value = s.value();
        String type = inferType(value);
        if (type == null) {
            return;
        }
        String constant = constType(value);
        boolean notSubscriptable = constant != null ? List.of("NoneType", "ellipsis", "int", "bool", "float").contains(constant)
                        : value instanceof SetExpr || value instanceof SetComp || value instanceof GeneratorExp || value instanceof Lambda;
        if (notSubscriptable) {
            warn(s, "'" + type + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String index = s.slice() instanceof Slice ? null : inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) {
            return;
        }
        boolean sequence = constant != null ? List.of("str", "tuple").contains(constant)
                        : value instanceof TupleExpr || value instanceof ListExpr || value instanceof ListComp || value instanceof JoinedStr || value instanceof FormattedValue;
        if (sequence) {
            warn(s, type + " indices must be integers or slices, not " + index + "; perhaps you missed a comma?");
        }
    }

    /** The type CPython's compiler knows an expression to have, or null. */
    private static String inferType(Expr e) {
        String constant = constType(e);
        if (constant != null) {
            return constant;
        }
        if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof ListExpr || e instanceof ListComp) {
            return "list";
        } else if (e instanceof DictExpr || e instanceof DictComp) {
            return "dict";
        } else if (e instanceof SetExpr || e instanceof SetComp) {
            return "set";
        } else if (e instanceof GeneratorExp) {
            return "generator";
        } else if (e instanceof Lambda) {
            return "function";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "str";
        }
        return null;
    }

    /** The type of the constant an expression folds into, or null when it is not one. */
    private static String constType(Expr e) {
        if (e instanceof IntLit) {
            return "int";
        } else if (e instanceof FloatLit) {
            return "float";
        } else if (e instanceof StrLit) {
            return "str";
        } else if (e instanceof BoolLit) {
            return "bool";
        } else if (e instanceof NoneLit) {
            return "NoneType";
        } else if (e instanceof EllipsisLit) {
            return "ellipsis";
        } else if (e instanceof UnaryOp u) {
            return unaryConstType(u);
        } else if (e instanceof BinOp b) {
            return binaryConstType(b);
        } else if (e instanceof TupleExpr t) {
            return t.elts().stream().allMatch(x -> constType(x) != null) ? "tuple" : null;
        }
        return null;
    }

    private static String unaryConstType(UnaryOp u) {
        String t = constType(u.operand());
        if (t == null) {
            return null;
        }
        return switch (u.op()) {
            case NOT -> "bool";
            case NEG, POS -> t.equals("bool") ? "int" : t.equals("int") || t.equals("float") ? t : null;
            case INVERT -> t.equals("int") || t.equals("bool") ? "int" : null;
        };
    }

    /** Numeric operators on numeric constants and + of strs or tuples; divisions only by a nonzero literal. */
    private static String binaryConstType(BinOp b) {
        String l = constType(b.left());
        String r = constType(b.right());
        if (l == null || r == null) {
            return null;
        }
        boolean numbers = List.of("int", "bool", "float").containsAll(List.of(l, r));
        if (numbers) {
            boolean dividing = b.op() == BinOpKind.DIV || b.op() == BinOpKind.FLOORDIV || b.op() == BinOpKind.MOD;
            if (dividing && !(b.right() instanceof IntLit i && !Long.valueOf(0).equals(i.value()) || b.right() instanceof FloatLit f && f.value() != 0)) {
                return null;
            }
            return switch (b.op()) {
                case ADD, SUB, MUL, FLOORDIV, MOD -> l.equals("float") || r.equals("float") ? "float" : "int";
                case DIV -> "float";
                case LSHIFT, RSHIFT, BITAND, BITOR, BITXOR -> l.equals("float") || r.equals("float") ? null : "int";
                default -> null;
            };
        }
        return b.op() == BinOpKind.ADD && l.equals(r) && (l.equals("str") || l.equals("tuple")) ? l : null;
    }
}
