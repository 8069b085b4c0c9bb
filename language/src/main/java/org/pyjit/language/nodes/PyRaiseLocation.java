package org.pyjit.language.nodes;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeUtil;
import org.pyjit.language.runtime.PyException;

/**
 * Gives an exception raised from Java code (PyErrors: it has no node) the statement it was raised
 * in as its location when it leaves its first frame, so that the innermost frame of Truffle's stack
 * trace (PolyglotException frames, the polyglot launcher, the tools) shows {@code file:line}.
 */
public final class PyRaiseLocation {
    /** Per root body: the first statement node of each line, found by one walk of the tree. */
    private static final Map<Node, Map<Integer, PyStatementNode>> STATEMENTS = new WeakHashMap<>();

    private PyRaiseLocation() {
    }

    /** The carrier to rethrow: {@code e} itself, or a copy located at the statement of its pending line. */
    @TruffleBoundary
    public static PyException locate(PyException e, Node body) {
        if (e.getLocation() != null || !e.getTraceback().isEmpty() || e.getPendingLine() < 0) {
            return e;
        }
        PyStatementNode statement = statementAt(body, e.getPendingLine());
        return statement == null ? e : e.relocated(statement);
    }

    private static PyStatementNode statementAt(Node body, int line) {
        synchronized (STATEMENTS) {
            Map<Integer, PyStatementNode> byLine = STATEMENTS.get(body);
            PyStatementNode s = byLine == null ? null : byLine.get(line);
            if (s != null && s.getRootNode() != null) {
                return s;
            }
            if (byLine != null && s == null) {
                return null;
            }
            // First exception in this body, or the cached node was replaced: walk the tree (again).
            byLine = new HashMap<>();
            collect(body, byLine);
            STATEMENTS.put(body, byLine);
            return byLine.get(line);
        }
    }

    private static void collect(Node node, Map<Integer, PyStatementNode> byLine) {
        NodeUtil.forEachChild(node, child -> {
            if (child instanceof PyStatementNode s && s.getLine() >= 0 && s.hasSourceRange()) {
                byLine.putIfAbsent(s.getLine(), s);
            }
            collect(child, byLine);
            return true;
        });
    }
}
