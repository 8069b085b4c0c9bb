package org.pyjit.language.parser;

import java.util.List;

import org.pyjit.language.parser.PyAst.*;

/** Where a function body yields: the translator makes such statements resumable, tier 2 fuses them. */
public final class PyYields {
    private PyYields() {
    }

    /** Whether {@code node} holds a yield of its own scope (not one of a nested function, class, lambda or comprehension). */
    public static boolean containsYield(Node node) {
        if (node instanceof Yield || node instanceof YieldFrom) {
            return true;
        }
        if (node instanceof FunctionDef || node instanceof Lambda || node instanceof ClassDef || node instanceof ListComp || node instanceof SetComp ||
                        node instanceof DictComp || node instanceof GeneratorExp) {
            return false;
        }
        return PyAstChildren.anyChild(node, PyYields::containsYield);
    }

    public static boolean anyYield(List<? extends Node> nodes) {
        for (Node n : nodes) {
            if (containsYield(n)) {
                return true;
            }
        }
        return false;
    }
}
