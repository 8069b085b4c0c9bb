package org.pyjit.language.translator;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;

/**
 * The locals of a plain function that hold a generator nothing else can reach: every assignment
 * to one stores a call's or a generator expression's result, and every read of it is
 * {@code next(v)}, {@code next(v, d)}, {@code for ... in v}, {@code v.send(...)}, {@code v.close()}
 * or {@code v.throw(...)}. CPython drops such a generator (and closes it, running its finally
 * blocks) when the variable is rebound or the function returns; the translator makes pyjit do the
 * same. Any other use (passed to a call, returned, stored, deleted, captured) rules the name out.
 */
final class PyGeneratorLocals {
    private static final Set<String> METHODS = Set.of("send", "close", "throw");

    private final Set<String> candidates = new LinkedHashSet<>();
    private final Set<String> ruledOut = new HashSet<>();
    /** The Name nodes of allowed reads and of the assignments' targets. */
    private final Map<PyAst.Node, Boolean> allowed = new IdentityHashMap<>();

    private PyGeneratorLocals() {
    }

    /**
     * The names of {@code body} that qualify; {@code isLocal} tells a plain local of the function
     * (not global, nonlocal or captured), {@code builtinNext} whether {@code next} is the builtin.
     */
    static Set<String> of(List<PyAst.Stmt> body, java.util.function.Predicate<String> isLocal, boolean builtinNext) {
        PyGeneratorLocals g = new PyGeneratorLocals();
        for (PyAst.Stmt s : body) {
            g.scan(s, builtinNext);
        }
        for (PyAst.Stmt s : body) {
            g.check(s);
        }
        Set<String> result = new LinkedHashSet<>();
        for (String name : g.candidates) {
            if (!g.ruledOut.contains(name) && isLocal.test(name)) {
                result.add(name);
            }
        }
        return result;
    }

    private static String boundName(PyAst.Alias a) {
        String name = a.asname() != null ? a.asname() : a.name();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Finds the assignments and the allowed reads. */
    private void scan(PyAst.Node node, boolean builtinNext) {
        if (node instanceof PyAst.FunctionDef || node instanceof PyAst.ClassDef || node instanceof PyAst.Lambda) {
            return;
        }
        if (node instanceof PyAst.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof PyAst.Name n &&
                        (a.value() instanceof PyAst.Call || a.value() instanceof PyAst.GeneratorExp)) {
            candidates.add(n.id());
            allowed.put(n, Boolean.TRUE);
        } else if (node instanceof PyAst.Call c && c.keywords().isEmpty() && !c.args().isEmpty() && c.args().size() <= 2 &&
                        c.func() instanceof PyAst.Name f && f.id().equals("next") && builtinNext && c.args().get(0) instanceof PyAst.Name v) {
            allowed.put(v, Boolean.TRUE);
        } else if (node instanceof PyAst.Call c && c.func() instanceof PyAst.Attribute at && METHODS.contains(at.attr()) && at.value() instanceof PyAst.Name v) {
            allowed.put(v, Boolean.TRUE);
        } else if (node instanceof PyAst.For f && f.iter() instanceof PyAst.Name v) {
            allowed.put(v, Boolean.TRUE);
        }
        PyAstChildren.forEach(node, child -> scan(child, builtinNext));
    }

    /** Rules out every name used anywhere else (nested functions and classes included). */
    private void check(PyAst.Node node) {
        if (node instanceof PyAst.Name n && !allowed.containsKey(n)) {
            ruledOut.add(n.id());
        } else if (node instanceof PyAst.Global g) {
            ruledOut.addAll(g.names());
        } else if (node instanceof PyAst.Nonlocal g) {
            ruledOut.addAll(g.names());
        } else if (node instanceof PyAst.FunctionDef f) {
            ruledOut.add(f.name());
        } else if (node instanceof PyAst.ClassDef c) {
            ruledOut.add(c.name());
        } else if (node instanceof PyAst.ExceptHandler h && h.name() != null) {
            ruledOut.add(h.name());
        } else if (node instanceof PyAst.Import i) {
            i.names().forEach(a -> ruledOut.add(boundName(a)));
        } else if (node instanceof PyAst.ImportFrom i) {
            i.names().forEach(a -> ruledOut.add(boundName(a)));
        }
        PyAstChildren.forEach(node, this::check);
    }
}
