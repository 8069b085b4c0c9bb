package org.pyjit.language.jit;

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
 * again, once.
 */
final class SourceAsts {
    private static final Map<Source, PyAst.Module> PARSED = new WeakHashMap<>();

    private final Map<Source, PyAst.Module> modules = new WeakHashMap<>();

    static void remember(Source source, PyAst.Module module) {
        synchronized (PARSED) {
            PARSED.put(source, module);
        }
    }

    PyAst.Stmt findLoop(Source source, int start) {
        PyAst.Node n = find(source, start, true);
        return n == null ? null : (PyAst.Stmt) n;
    }

    PyAst.FunctionDef findFunction(Source source, int start) {
        return (PyAst.FunctionDef) find(source, start, false);
    }

    private PyAst.Node find(Source source, int start, boolean loop) {
        PyAst.Module module = modules.get(source);
        if (module == null) {
            synchronized (PARSED) {
                module = PARSED.get(source);
            }
        }
        if (module == null) {
            String name = source.getPath() != null ? source.getPath() : source.getName();
            module = PyParser.parseModule(source.getCharacters().toString(), name);
            modules.put(source, module);
        }
        PyAst.Node[] found = {null};
        search(module, start, loop, found);
        return found[0];
    }

    private static void search(PyAst.Node node, int start, boolean loop, PyAst.Node[] found) {
        if (found[0] != null || node.start() > start || node.end() <= start) {
            return;
        }
        boolean match = loop ? node instanceof PyAst.While || node instanceof PyAst.For : node instanceof PyAst.FunctionDef;
        if (match && node.start() == start) {
            found[0] = node;
            return;
        }
        PyAstChildren.forEach(node, child -> search(child, start, loop, found));
    }
}
