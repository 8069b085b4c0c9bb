package org.pyjit.language.parser;

import org.pyjit.language.parser.PyAst.*;

/** Validity of assignment/deletion targets and CPython's names for expression kinds in errors. */
final class PyTargets {
    private PyTargets() {
    }

    enum Kind {
        STAR,
        FOR,
        DEL
    }

    /** The first subexpression that cannot be a target, or null if {@code e} is a valid target. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Name || e instanceof Attribute || e instanceof Subscript) {
            return null;
        }
        if (e instanceof TupleExpr t) {
            for (Expr x : t.elts()) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof ListExpr l) {
            for (Expr x : l.elts()) {
                Expr bad = invalidTarget(x, kind);
                if (bad != null) {
                    return bad;
                }
            }
            return null;
        }
        if (e instanceof Starred s) {
            return kind == Kind.DEL ? e : invalidTarget(s.value(), kind);
        }
        if (e instanceof Compare c && kind == Kind.FOR && c.ops().get(0) == CmpOpKind.IN) {
            return invalidTarget(c.left(), kind);
        }
        return e;
    }

    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case ListExpr l -> "list";
            case TupleExpr t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case DictExpr d -> "dict literal";
            case SetExpr s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case NoneLit n -> "None";
            case BoolLit b -> b.value() ? "True" : "False";
            case EllipsisLit el -> "ellipsis";
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            default -> "literal";
        };
    }
}
