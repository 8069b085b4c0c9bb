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
        if (e instanceof Attribute) {
            return "attribute";
        } else if (e instanceof Subscript) {
            return "subscript";
        } else if (e instanceof Starred) {
            return "starred";
        } else if (e instanceof Name) {
            return "name";
        } else if (e instanceof ListExpr) {
            return "list";
        } else if (e instanceof TupleExpr) {
            return "tuple";
        } else if (e instanceof Lambda) {
            return "lambda";
        } else if (e instanceof Call) {
            return "function call";
        } else if (e instanceof BoolOp || e instanceof BinOp || e instanceof UnaryOp) {
            return "expression";
        } else if (e instanceof GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Yield || e instanceof YieldFrom) {
            return "yield expression";
        } else if (e instanceof ListComp) {
            return "list comprehension";
        } else if (e instanceof SetComp) {
            return "set comprehension";
        } else if (e instanceof DictComp) {
            return "dict comprehension";
        } else if (e instanceof DictExpr) {
            return "dict literal";
        } else if (e instanceof SetExpr) {
            return "set display";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "f-string expression";
        } else if (e instanceof NoneLit) {
            return "None";
        } else if (e instanceof BoolLit b) {
            return b.value() ? "True" : "False";
        } else if (e instanceof EllipsisLit) {
            return "ellipsis";
        } else if (e instanceof Compare) {
            return "comparison";
        } else if (e instanceof IfExp) {
            return "conditional expression";
        } else if (e instanceof NamedExpr) {
            return "named expression";
        }
        return "literal";
    }
}
