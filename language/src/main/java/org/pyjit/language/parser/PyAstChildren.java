package org.pyjit.language.parser;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.pyjit.language.parser.PyAst.*;

/** The direct children of a node in source order (nulls skipped), for generic tree walks. */
public final class PyAstChildren {
    private PyAstChildren() {
    }

    public static void forEach(Node node, Consumer<Node> action) {
        switch (node) {
            case PyAst.Module m -> all(m.body(), action);
            case IntLit x -> {
            }
            case FloatLit x -> {
            }
            case StrLit x -> {
            }
            case BoolLit x -> {
            }
            case NoneLit x -> {
            }
            case EllipsisLit x -> {
            }
            case Name x -> {
            }
            case JoinedStr x -> all(x.values(), action);
            case FormattedValue x -> {
                one(x.value(), action);
                one(x.formatSpec(), action);
            }
            case BinOp x -> {
                one(x.left(), action);
                one(x.right(), action);
            }
            case UnaryOp x -> one(x.operand(), action);
            case BoolOp x -> all(x.values(), action);
            case Compare x -> {
                one(x.left(), action);
                all(x.comparators(), action);
            }
            case IfExp x -> {
                one(x.body(), action);
                one(x.test(), action);
                one(x.orelse(), action);
            }
            case Lambda x -> {
                one(x.args(), action);
                one(x.body(), action);
            }
            case Call x -> {
                one(x.func(), action);
                all(x.args(), action);
                all(x.keywords(), action);
            }
            case Attribute x -> one(x.value(), action);
            case Subscript x -> {
                one(x.value(), action);
                one(x.slice(), action);
            }
            case Slice x -> {
                one(x.lower(), action);
                one(x.upper(), action);
                one(x.step(), action);
            }
            case Starred x -> one(x.value(), action);
            case ListExpr x -> all(x.elts(), action);
            case TupleExpr x -> all(x.elts(), action);
            case SetExpr x -> all(x.elts(), action);
            case DictExpr x -> {
                for (int i = 0; i < x.keys().size(); i++) {
                    one(x.keys().get(i), action);
                    one(x.values().get(i), action);
                }
            }
            case ListComp x -> {
                one(x.elt(), action);
                all(x.generators(), action);
            }
            case SetComp x -> {
                one(x.elt(), action);
                all(x.generators(), action);
            }
            case DictComp x -> {
                one(x.key(), action);
                one(x.value(), action);
                all(x.generators(), action);
            }
            case GeneratorExp x -> {
                one(x.elt(), action);
                all(x.generators(), action);
            }
            case NamedExpr x -> {
                one(x.target(), action);
                one(x.value(), action);
            }
            case Yield x -> one(x.value(), action);
            case YieldFrom x -> one(x.value(), action);
            case Comprehension x -> {
                one(x.target(), action);
                one(x.iter(), action);
                all(x.ifs(), action);
            }
            case Keyword x -> one(x.value(), action);
            case Arg x -> one(x.annotation(), action);
            case Arguments x -> {
                all(x.posonlyargs(), action);
                all(x.args(), action);
                one(x.vararg(), action);
                all(x.kwonlyargs(), action);
                all(x.kwDefaults(), action);
                one(x.kwarg(), action);
                all(x.defaults(), action);
            }
            case ExceptHandler x -> {
                one(x.type(), action);
                all(x.body(), action);
            }
            case WithItem x -> {
                one(x.contextExpr(), action);
                one(x.optionalVars(), action);
            }
            case Alias x -> {
            }
            case ExprStmt x -> one(x.value(), action);
            case Assign x -> {
                all(x.targets(), action);
                one(x.value(), action);
            }
            case AugAssign x -> {
                one(x.target(), action);
                one(x.value(), action);
            }
            case AnnAssign x -> {
                one(x.target(), action);
                one(x.annotation(), action);
                one(x.value(), action);
            }
            case If x -> {
                one(x.test(), action);
                all(x.body(), action);
                all(x.orelse(), action);
            }
            case While x -> {
                one(x.test(), action);
                all(x.body(), action);
                all(x.orelse(), action);
            }
            case For x -> {
                one(x.target(), action);
                one(x.iter(), action);
                all(x.body(), action);
                all(x.orelse(), action);
            }
            case Break x -> {
            }
            case Continue x -> {
            }
            case Pass x -> {
            }
            case FunctionDef x -> {
                all(x.decoratorList(), action);
                one(x.args(), action);
                one(x.returns(), action);
                all(x.body(), action);
            }
            case ClassDef x -> {
                all(x.decoratorList(), action);
                all(x.bases(), action);
                all(x.keywords(), action);
                all(x.body(), action);
            }
            case Return x -> one(x.value(), action);
            case Try x -> {
                all(x.body(), action);
                all(x.handlers(), action);
                all(x.orelse(), action);
                all(x.finalbody(), action);
            }
            case Raise x -> {
                one(x.exc(), action);
                one(x.cause(), action);
            }
            case Assert x -> {
                one(x.test(), action);
                one(x.msg(), action);
            }
            case Delete x -> all(x.targets(), action);
            case With x -> {
                all(x.items(), action);
                all(x.body(), action);
            }
            case Import x -> all(x.names(), action);
            case ImportFrom x -> all(x.names(), action);
            case Global x -> {
            }
            case Nonlocal x -> {
            }
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
