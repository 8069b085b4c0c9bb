package org.pyjit.language.jit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.source.Source;
import org.pyjit.language.nodes.call.PyCallNode;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.parser.PyMangling;
import org.pyjit.language.parser.PyParser;

/**
 * The syntax trees tier 2 lowers from. Tier 1's nodes record the source offsets of their
 * statement; in the tree of their source the hot loop is the statement starting at that offset.
 * The tree tier 1 was translated from is remembered when it is parsed (a second parse of a cold
 * JVM cost milliseconds on the first region's compile time); a source parsed otherwise is parsed
 * again, once. Its loops and functions are indexed by offset once, so that finding one does not
 * walk a big module's tree for every region.
 */
final class SourceAsts {
    private static final Map<Source, PyAst.Module> PARSED = new WeakHashMap<>();

    /** The loops and functions of each source by start offset, indexed on the first lookup. */
    private final Map<Source, Index> indexes = new WeakHashMap<>();

    private record Index(Map<Integer, PyAst.Stmt> loops, Map<Integer, PyAst.FunctionDef> functions) {
    }

    static void remember(Source source, PyAst.Module module) {
        synchronized (PARSED) {
            PARSED.put(source, module);
        }
    }

    PyAst.Stmt findLoop(Source source, int start) {
        return index(source).loops.get(start);
    }

    PyAst.FunctionDef findFunction(Source source, int start) {
        return index(source).functions.get(start);
    }

    private Index index(Source source) {
        Index index = indexes.get(source);
        if (index == null) {
            PyAst.Module module;
            synchronized (PARSED) {
                module = PARSED.get(source);
            }
            if (module == null) {
                String name = source.getPath() != null ? source.getPath() : source.getName();
                // with private names mangled, as in the tree tier 1 was translated from
                module = PyMangling.mangle(PyParser.parseModule(source.getCharacters().toString(), name));
            }
            index = new Index(new HashMap<>(), new HashMap<>());
            add(module, index);
            indexes.put(source, index);
        }
        return index;
    }

    private static void add(PyAst.Node node, Index index) {
        if (node instanceof PyAst.While || node instanceof PyAst.For) {
            index.loops.put(node.start(), (PyAst.Stmt) node);
        } else if (node instanceof PyAst.Stmt s && StatementRegions.isCandidate(s)) {
            index.loops.put(s.start(), StatementRegions.asLoop(s));
        } else if (node instanceof PyAst.FunctionDef f) {
            index.functions.put(node.start(), f);
        } else if (node instanceof PyAst.ListComp c) {
            for (int k = 0; k < c.generators().size(); k++) {
                index.loops.put(c.generators().get(k).start(), comprehensionLoop(c.generators(), k, List.of(append(c.elt())), firstIterable(c.generators())));
            }
        } else if (node instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && PyCallNode.isReduction(fn.id()) && c.args().size() == 1 &&
                        c.keywords().isEmpty() && c.args().get(0) instanceof PyAst.GeneratorExp g && (fn.id().equals("sum") || g.generators().size() == 1)) {
            // The translator's reduction of the expression (PyTranslator.comprehension).
            for (int k = 0; k < g.generators().size(); k++) {
                index.loops.put(g.generators().get(k).start(), comprehensionLoop(g.generators(), k, List.of(reduce(fn.id(), g.elt(), result(g.elt()))),
                                firstIterable(g.generators())));
            }
        }
        PyAstChildren.forEach(node, child -> add(child, index));
    }

    /** The name of a list comprehension's result list in its frame (the translator's). */
    static final String COMPREHENSION_RESULT = "<result>";

    /** A list comprehension's innermost statement: appends the element to the result. */
    private static PyAst.Stmt append(PyAst.Expr elt) {
        PyAst.Expr append = new PyAst.Attribute(elt.start(), elt.end(), result(elt), "append");
        return new PyAst.ExprStmt(elt.start(), elt.end(), new PyAst.Call(elt.start(), elt.end(), append, List.of(elt), List.of()));
    }

    /**
     * The innermost statement of a generator expression that {@code fn} (sum, any or all) consumes:
     * adds the element to {@code result}, or decides it at a true (false) element and breaks.
     */
    static PyAst.Stmt reduce(String fn, PyAst.Expr elt, PyAst.Name result) {
        int at = elt.start();
        if (fn.equals("sum")) {
            return new PyAst.AugAssign(at, elt.end(), result, PyAst.BinOpKind.ADD, elt);
        }
        boolean any = fn.equals("any");
        PyAst.Expr test = any ? elt : new PyAst.UnaryOp(at, elt.end(), PyAst.UnaryOpKind.NOT, elt);
        PyAst.Stmt decide = new PyAst.Assign(at, elt.end(), List.of(result), new PyAst.BoolLit(at, at, any));
        return new PyAst.If(at, elt.end(), test, List.of(decide, new PyAst.Break(at, at)), List.of());
    }

    /** What tier 1's comprehension function iterates first: its argument {@code .0}. */
    private static PyAst.Name firstIterable(List<PyAst.Comprehension> generators) {
        PyAst.Expr iter = generators.get(0).iter();
        return new PyAst.Name(iter.start(), iter.end(), ".0");
    }

    private static PyAst.Name result(PyAst.Expr elt) {
        return new PyAst.Name(elt.start(), elt.start(), COMPREHENSION_RESULT);
    }

    /**
     * The loop of generator {@code k} of a comprehension as the statements tier 1 runs it: the
     * first generator iterates {@code first}, each {@code if} guards the rest, and the innermost
     * statements are {@code innermost}.
     */
    static PyAst.For comprehensionLoop(List<PyAst.Comprehension> generators, int k, List<PyAst.Stmt> innermost, PyAst.Expr first) {
        PyAst.Comprehension g = generators.get(k);
        List<PyAst.Stmt> inner = k + 1 < generators.size() ? List.of(comprehensionLoop(generators, k + 1, innermost, first)) : innermost;
        for (int i = g.ifs().size() - 1; i >= 0; i--) {
            PyAst.Expr test = g.ifs().get(i);
            inner = List.of(new PyAst.If(test.start(), test.end(), test, inner, List.of()));
        }
        return new PyAst.For(g.start(), g.end(), g.target(), k == 0 ? first : g.iter(), inner, List.of());
    }
}
