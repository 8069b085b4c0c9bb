package org.pyjit.language.parser;

import java.util.ArrayDeque;

import org.pyjit.language.parser.PyAst.Expr;
import org.pyjit.language.parser.PyAst.Node;
import org.pyjit.language.parser.PyAst.Stmt;

/**
 * CPython's limits on how deeply a program may nest, past those of its tokenizer: its parser gives
 * up with a MemoryError beyond 6000 levels of rule calls (MAXSTACK), and its AST optimizer with a
 * RecursionError when statements and expressions nest deeper than three times the recursion limit.
 * Enforcing them keeps every later recursive pass (checkers, translator, the nodes' execution) on a
 * bounded Java stack, and gives the errors CPython gives.
 */
public final class PyNestingLimits {
    /** CPython's parser MAXSTACK. */
    static final int PARSER_LEVELS = 6000;
    /** COMPILER_STACK_FRAME_SCALE times the recursion limit a script is compiled under. */
    static final int COMPILE_DEPTH = 3 * 1000;

    private PyNestingLimits() {
    }

    /** A nesting limit hit while compiling: CPython prints only the exception's last line. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean memory;

        private Exceeded(boolean memory, String message) {
            super(message, null, false, false);
            this.memory = memory;
        }

        /** MemoryError (from the parser) rather than RecursionError (from the compiler). */
        public boolean isMemoryError() {
            return memory;
        }

        public String lastLine() {
            return memory ? "MemoryError" : "RecursionError: " + getMessage();
        }
    }

    static Exceeded parserStackExhausted() {
        return new Exceeded(true, "");
    }

    public static Exceeded compilerDepthExceeded() {
        return new Exceeded(false, "maximum recursion depth exceeded during compilation");
    }

    /**
     * Walks the module without recursion (a chain of binary operators nests as deep as it is long,
     * with no parser recursion to stop it) and counts, like CPython's AST optimizer, one level per
     * statement and per expression.
     */
    static void checkCompileDepth(PyAst.Module module) {
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        pending.push(new Pending(module, 0));
        while (!pending.isEmpty()) {
            Pending p = pending.pop();
            int depth = p.node() instanceof Stmt || p.node() instanceof Expr ? p.depth() + 1 : p.depth();
            if (depth > COMPILE_DEPTH) {
                throw compilerDepthExceeded();
            }
            PyAstChildren.forEach(p.node(), child -> pending.push(new Pending(child, depth)));
        }
    }

    /** A node still to visit and the depth of its parent. */
    private record Pending(Node node, int depth) {
    }
}
