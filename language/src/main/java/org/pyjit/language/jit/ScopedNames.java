package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAst.Expr;

/**
 * Renames the variables a generator expression binds in the expressions that see them, so that a
 * region can lower the expression's loop in place without touching the enclosing function's
 * variables of the same names. Only the expressions tier 2 can lower are rebuilt; any other form
 * is refused.
 */
final class ScopedNames {
    private ScopedNames() {
    }

    /** {@code x} with every name that {@code names} maps (and that no inner scope rebinds) renamed. */
    static Expr rename(Expr x, Map<String, String> names) throws LoopCompiler.Unsupported {
        if (x == null) {
            return null;
        }
        // instanceof tests, not a pattern switch: see LoopCompiler.statement.
        if (x instanceof PyAst.Name n) {
            return names.containsKey(n.id()) ? new PyAst.Name(n.start(), n.end(), names.get(n.id())) : n;
        } else if (x instanceof PyAst.IntLit || x instanceof PyAst.FloatLit || x instanceof PyAst.BoolLit) {
            return x;
        } else if (x instanceof PyAst.BinOp b) {
            return new PyAst.BinOp(b.start(), b.end(), rename(b.left(), names), b.op(), rename(b.right(), names));
        } else if (x instanceof PyAst.UnaryOp u) {
            return new PyAst.UnaryOp(u.start(), u.end(), u.op(), rename(u.operand(), names));
        } else if (x instanceof PyAst.BoolOp b) {
            return new PyAst.BoolOp(b.start(), b.end(), b.isAnd(), renameAll(b.values(), names));
        } else if (x instanceof PyAst.Compare c) {
            return new PyAst.Compare(c.start(), c.end(), rename(c.left(), names), c.ops(), renameAll(c.comparators(), names));
        } else if (x instanceof PyAst.IfExp i) {
            return new PyAst.IfExp(i.start(), i.end(), rename(i.test(), names), rename(i.body(), names), rename(i.orelse(), names));
        } else if (x instanceof PyAst.Call c) {
            List<PyAst.Keyword> keywords = new ArrayList<>();
            for (PyAst.Keyword k : c.keywords()) {
                keywords.add(new PyAst.Keyword(k.start(), k.end(), k.arg(), rename(k.value(), names)));
            }
            return new PyAst.Call(c.start(), c.end(), rename(c.func(), names), renameAll(c.args(), names), keywords);
        } else if (x instanceof PyAst.Attribute a) {
            return new PyAst.Attribute(a.start(), a.end(), rename(a.value(), names), a.attr());
        } else if (x instanceof PyAst.Subscript s) {
            return new PyAst.Subscript(s.start(), s.end(), rename(s.value(), names), rename(s.slice(), names));
        } else if (x instanceof PyAst.Slice s) {
            return new PyAst.Slice(s.start(), s.end(), rename(s.lower(), names), rename(s.upper(), names), rename(s.step(), names));
        } else if (x instanceof PyAst.Starred s) {
            return new PyAst.Starred(s.start(), s.end(), rename(s.value(), names));
        } else if (x instanceof PyAst.ListExpr l) {
            return new PyAst.ListExpr(l.start(), l.end(), renameAll(l.elts(), names));
        } else if (x instanceof PyAst.TupleExpr t) {
            return new PyAst.TupleExpr(t.start(), t.end(), renameAll(t.elts(), names));
        } else if (x instanceof PyAst.GeneratorExp g) {
            return renameInner(g, names);
        }
        throw new LoopCompiler.Unsupported(x.getClass().getSimpleName() + " in a generator expression");
    }

    /**
     * The loops of a generator expression whose own variables {@code names} renames: targets,
     * conditions and later iterables; the first iterable is evaluated outside the expression.
     */
    static List<PyAst.Comprehension> renameGenerators(List<PyAst.Comprehension> generators, Map<String, String> names) throws LoopCompiler.Unsupported {
        List<PyAst.Comprehension> out = new ArrayList<>();
        for (int k = 0; k < generators.size(); k++) {
            PyAst.Comprehension c = generators.get(k);
            Expr iter = k == 0 ? c.iter() : rename(c.iter(), names);
            out.add(new PyAst.Comprehension(c.start(), c.end(), rename(c.target(), names), iter, renameAll(c.ifs(), names)));
        }
        return out;
    }

    /**
     * An inner generator expression: its first iterable is evaluated outside it, and the names its
     * loops bind hide the outer ones from the rest of it.
     */
    private static PyAst.GeneratorExp renameInner(PyAst.GeneratorExp g, Map<String, String> names) throws LoopCompiler.Unsupported {
        Map<String, String> inner = new HashMap<>(names);
        List<PyAst.Comprehension> generators = new ArrayList<>();
        for (PyAst.Comprehension c : g.generators()) {
            Expr iter = rename(c.iter(), inner);
            Set<String> bound = new HashSet<>();
            LoopCompiler.targetNames(c.target(), bound);
            inner.keySet().removeAll(bound);
            generators.add(new PyAst.Comprehension(c.start(), c.end(), c.target(), iter, renameAll(c.ifs(), inner)));
        }
        return new PyAst.GeneratorExp(g.start(), g.end(), rename(g.elt(), inner), generators);
    }

    private static List<Expr> renameAll(List<Expr> xs, Map<String, String> names) throws LoopCompiler.Unsupported {
        List<Expr> out = new ArrayList<>(xs.size());
        for (Expr x : xs) {
            out.add(rename(x, names));
        }
        return out;
    }
}
