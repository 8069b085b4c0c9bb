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
        switch (n) {
            case Compare c -> {
                checkIs(c);
                PyAstChildren.forEach(n, this::load);
            }
            case Call c -> {
                String type = inferType(c.func());
                if (type != null && !(c.func() instanceof Lambda)) {
                    warn(c, "'" + type + "' object is not callable; perhaps you missed a comma?");
                }
                PyAstChildren.forEach(n, this::load);
            }
            case Subscript s -> {
                checkSubscript(s);
                PyAstChildren.forEach(n, this::load);
            }
            case Assert a -> {
                if (a.test() instanceof TupleExpr t && !t.elts().isEmpty()) {
                    warn(a, "assertion is always true, perhaps remove parentheses?");
                }
                PyAstChildren.forEach(n, this::load);
            }
            case IfExp x -> {
                load(x.test());
                load(x.body());
                load(x.orelse());
            }
            case Assign a -> {
                load(a.value());
                a.targets().forEach(this::store);
            }
            case AugAssign a -> {
                store(a.target());
                load(a.value());
            }
            case AnnAssign a -> {
                load(a.annotation());
                load(a.value());
                store(a.target());
            }
            case For f -> {
                load(f.iter());
                store(f.target());
                f.body().forEach(this::load);
                f.orelse().forEach(this::load);
            }
            case Delete d -> d.targets().forEach(this::store);
            case WithItem w -> {
                load(w.contextExpr());
                store(w.optionalVars());
            }
            case ListComp c -> comprehension(c.generators(), c.elt());
            case SetComp c -> comprehension(c.generators(), c.elt());
            case GeneratorExp c -> comprehension(c.generators(), c.elt());
            case DictComp c -> comprehension(c.generators(), c.key(), c.value());
            default -> PyAstChildren.forEach(n, this::load);
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
        switch (n) {
            case null -> {
            }
            case Subscript s -> {
                load(s.value());
                load(s.slice());
            }
            case Attribute a -> load(a.value());
            case TupleExpr t -> t.elts().forEach(this::store);
            case ListExpr l -> l.elts().forEach(this::store);
            case Starred s -> store(s.value());
            default -> load(n);
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
        return switch (e) {
            case TupleExpr t -> "tuple";
            case ListExpr l -> "list";
            case ListComp l -> "list";
            case DictExpr d -> "dict";
            case DictComp d -> "dict";
            case SetExpr s -> "set";
            case SetComp s -> "set";
            case GeneratorExp g -> "generator";
            case Lambda l -> "function";
            case JoinedStr j -> "str";
            case FormattedValue f -> "str";
            default -> null;
        };
    }

    /** The type of the constant an expression folds into, or null when it is not one. */
    private static String constType(Expr e) {
        return switch (e) {
            case IntLit i -> "int";
            case FloatLit f -> "float";
            case StrLit s -> "str";
            case BoolLit b -> "bool";
            case NoneLit n -> "NoneType";
            case EllipsisLit x -> "ellipsis";
            case UnaryOp u -> unaryConstType(u);
            case BinOp b -> binaryConstType(b);
            case TupleExpr t -> t.elts().stream().allMatch(x -> constType(x) != null) ? "tuple" : null;
            default -> null;
        };
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
