package org.pyjit.language.parser;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.pyjit.language.parser.PyAst.*;

/**
 * The direct children of a node in source order (nulls skipped), for generic tree walks.
 *
 * This class and the other tree walks of the parser and translator dispatch on node kinds with
 * instanceof tests, not pattern switches: a pattern switch links its call site through
 * {@code SwitchBootstraps.typeSwitch} at its first run, spinning a hidden class, and the JDK's AOT
 * cache cannot archive that, so every process would pay it at start-up (1 to 20 ms a site).
 */
public final class PyAstChildren {
    private PyAstChildren() {
    }

    public static void forEach(Node node, Consumer<Node> action) {
        if (node instanceof Name || node instanceof IntLit || node instanceof StrLit || node instanceof NoneLit || node instanceof BoolLit ||
                        node instanceof FloatLit || node instanceof EllipsisLit || node instanceof Pass || node instanceof Break || node instanceof Continue ||
                        node instanceof Alias || node instanceof Global || node instanceof Nonlocal) {
            return;
        }
        if (node instanceof Call x) {
            one(x.func(), action);
            all(x.args(), action);
            all(x.keywords(), action);
        } else if (node instanceof Attribute x) {
            one(x.value(), action);
        } else if (node instanceof BinOp x) {
            one(x.left(), action);
            one(x.right(), action);
        } else if (node instanceof ExprStmt x) {
            one(x.value(), action);
        } else if (node instanceof Assign x) {
            all(x.targets(), action);
            one(x.value(), action);
        } else if (node instanceof Subscript x) {
            one(x.value(), action);
            one(x.slice(), action);
        } else if (node instanceof Compare x) {
            one(x.left(), action);
            all(x.comparators(), action);
        } else if (node instanceof Keyword x) {
            one(x.value(), action);
        } else if (node instanceof Return x) {
            one(x.value(), action);
        } else if (node instanceof If x) {
            one(x.test(), action);
            all(x.body(), action);
            all(x.orelse(), action);
        } else if (node instanceof TupleExpr x) {
            all(x.elts(), action);
        } else if (node instanceof AugAssign x) {
            one(x.target(), action);
            one(x.value(), action);
        } else if (node instanceof UnaryOp x) {
            one(x.operand(), action);
        } else if (node instanceof Arg x) {
            one(x.annotation(), action);
        } else if (node instanceof Arguments x) {
            all(x.posonlyargs(), action);
            all(x.args(), action);
            one(x.vararg(), action);
            all(x.kwonlyargs(), action);
            all(x.kwDefaults(), action);
            one(x.kwarg(), action);
            all(x.defaults(), action);
        } else if (node instanceof FunctionDef x) {
            all(x.decoratorList(), action);
            one(x.args(), action);
            one(x.returns(), action);
            all(x.body(), action);
        } else if (node instanceof For x) {
            one(x.target(), action);
            one(x.iter(), action);
            all(x.body(), action);
            all(x.orelse(), action);
        } else if (node instanceof PyAst.Module m) {
            all(m.body(), action);
        } else if (node instanceof JoinedStr x) {
            all(x.values(), action);
        } else if (node instanceof FormattedValue x) {
            one(x.value(), action);
            one(x.formatSpec(), action);
        } else if (node instanceof BoolOp x) {
            all(x.values(), action);
        } else if (node instanceof IfExp x) {
            one(x.body(), action);
            one(x.test(), action);
            one(x.orelse(), action);
        } else if (node instanceof Lambda x) {
            one(x.args(), action);
            one(x.body(), action);
        } else if (node instanceof Slice x) {
            one(x.lower(), action);
            one(x.upper(), action);
            one(x.step(), action);
        } else if (node instanceof Starred x) {
            one(x.value(), action);
        } else if (node instanceof ListExpr x) {
            all(x.elts(), action);
        } else if (node instanceof SetExpr x) {
            all(x.elts(), action);
        } else if (node instanceof DictExpr x) {
            for (int i = 0; i < x.keys().size(); i++) {
                one(x.keys().get(i), action);
                one(x.values().get(i), action);
            }
        } else if (node instanceof ListComp x) {
            one(x.elt(), action);
            all(x.generators(), action);
        } else if (node instanceof SetComp x) {
            one(x.elt(), action);
            all(x.generators(), action);
        } else if (node instanceof DictComp x) {
            one(x.key(), action);
            one(x.value(), action);
            all(x.generators(), action);
        } else if (node instanceof GeneratorExp x) {
            one(x.elt(), action);
            all(x.generators(), action);
        } else if (node instanceof NamedExpr x) {
            one(x.target(), action);
            one(x.value(), action);
        } else if (node instanceof Yield x) {
            one(x.value(), action);
        } else if (node instanceof YieldFrom x) {
            one(x.value(), action);
        } else if (node instanceof Comprehension x) {
            one(x.target(), action);
            one(x.iter(), action);
            all(x.ifs(), action);
        } else if (node instanceof ExceptHandler x) {
            one(x.type(), action);
            all(x.body(), action);
        } else if (node instanceof WithItem x) {
            one(x.contextExpr(), action);
            one(x.optionalVars(), action);
        } else if (node instanceof AnnAssign x) {
            one(x.target(), action);
            one(x.annotation(), action);
            one(x.value(), action);
        } else if (node instanceof While x) {
            one(x.test(), action);
            all(x.body(), action);
            all(x.orelse(), action);
        } else if (node instanceof ClassDef x) {
            all(x.decoratorList(), action);
            all(x.bases(), action);
            all(x.keywords(), action);
            all(x.body(), action);
        } else if (node instanceof Try x) {
            all(x.body(), action);
            all(x.handlers(), action);
            all(x.orelse(), action);
            all(x.finalbody(), action);
        } else if (node instanceof Raise x) {
            one(x.exc(), action);
            one(x.cause(), action);
        } else if (node instanceof Assert x) {
            one(x.test(), action);
            one(x.msg(), action);
        } else if (node instanceof Delete x) {
            all(x.targets(), action);
        } else if (node instanceof With x) {
            all(x.items(), action);
            all(x.body(), action);
        } else if (node instanceof Import x) {
            all(x.names(), action);
        } else if (node instanceof ImportFrom x) {
            all(x.names(), action);
        } else {
            throw new IllegalStateException("unexpected " + node.getClass().getSimpleName());
        }
    }

    /** Whether {@code test} holds for a direct child of {@code node}; no child is tested after one that does. */
    public static boolean anyChild(Node node, Predicate<Node> test) {
        boolean[] found = {false};
        forEach(node, c -> found[0] = found[0] || test.test(c));
        return found[0];
    }

    private static void one(Node n, Consumer<Node> action) {
        if (n != null) {
            action.accept(n);
        }
    }

    private static void all(List<? extends Node> nodes, Consumer<Node> action) {
        for (Node n : nodes) {
            if (n != null) {
                action.accept(n);
            }
        }
    }
}
