package org.pyjit.language.jit;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.source.Source;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
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
                module = PyParser.parseModule(source.getCharacters().toString(), name);
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
        } else if (node instanceof PyAst.FunctionDef f) {
            index.functions.put(node.start(), f);
        }
        PyAstChildren.forEach(node, child -> add(child, index));
    }
}
