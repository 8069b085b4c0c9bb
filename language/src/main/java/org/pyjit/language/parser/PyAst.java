package org.pyjit.language.parser;

import java.math.BigInteger;
import java.util.List;

/**
 * The syntax tree the parser produces and the translator turns into Truffle nodes. It mirrors
 * CPython's {@code ast} module (same node names and fields) so that Python's own documentation
 * describes it; contexts (Load/Store/Del) are implied by position instead of stored.
 *
 * Every node carries the character offsets of its source text: {@code start} inclusive,
 * {@code end} exclusive, both indexes into the Source's characters.
 */
public final class PyAst {
    private PyAst() {
    }

    public sealed interface Node permits Expr, Stmt, Module, Arguments, Arg, Keyword, Comprehension, ExceptHandler, WithItem, Alias {
        int start();

        int end();
    }

    public record Module(int start, int end, List<Stmt> body) implements Node {
    }

    // ---------------------------------------------------------------------------------------- expressions

    public sealed interface Expr extends Node permits IntLit, FloatLit, StrLit, BoolLit, NoneLit, EllipsisLit, JoinedStr, FormattedValue,
                    Name, BinOp, UnaryOp, BoolOp, Compare, IfExp, Lambda, Call, Attribute, Subscript, Slice, Starred, ListExpr,
                    TupleExpr, SetExpr, DictExpr, ListComp, SetComp, DictComp, GeneratorExp, NamedExpr, Yield, YieldFrom {
    }

    /** An int literal: {@code value} is a Long when it fits in 64 bits, else a BigInteger. */
    public record IntLit(int start, int end, Object value) implements Expr {
        public IntLit {
            assert value instanceof Long || value instanceof BigInteger;
        }
    }

    public record FloatLit(int start, int end, double value) implements Expr {
    }

    /** A string literal, adjacent literals already concatenated, escapes already decoded. */
    public record StrLit(int start, int end, String value) implements Expr {
    }

    public record BoolLit(int start, int end, boolean value) implements Expr {
    }

    public record NoneLit(int start, int end) implements Expr {
    }

    public record EllipsisLit(int start, int end) implements Expr {
    }

    /** An f-string (possibly concatenated with plain literals): a list of StrLit and FormattedValue. */
    public record JoinedStr(int start, int end, List<Expr> values) implements Expr {
    }

    /**
     * One {@code {value!conversion:spec}} of an f-string. {@code conversion} is 'r', 's', 'a' or 0 for
     * none; {@code formatSpec} is null or a JoinedStr (specs may nest replacement fields).
     */
    public record FormattedValue(int start, int end, Expr value, char conversion, Expr formatSpec) implements Expr {
    }

    public record Name(int start, int end, String id) implements Expr {
    }

    public enum BinOpKind {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"), LSHIFT("<<"), RSHIFT(">>"), BITOR("|"),
        BITXOR("^"), BITAND("&"), MATMUL("@");

        public final String symbol;

        BinOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    public record BinOp(int start, int end, Expr left, BinOpKind op, Expr right) implements Expr {
    }

    public enum UnaryOpKind {
        NEG, POS, INVERT, NOT
    }

    public record UnaryOp(int start, int end, UnaryOpKind op, Expr operand) implements Expr {
    }

    /** {@code a and b and c} (isAnd) or {@code a or b or c}; at least two values. */
    public record BoolOp(int start, int end, boolean isAnd, List<Expr> values) implements Expr {
    }

    public enum CmpOpKind {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOpKind(String symbol) {
            this.symbol = symbol;
        }
    }

    /** A comparison chain {@code left op0 c0 op1 c1 ...}; ops and comparators have equal length. */
    public record Compare(int start, int end, Expr left, List<CmpOpKind> ops, List<Expr> comparators) implements Expr {
    }

    public record IfExp(int start, int end, Expr test, Expr body, Expr orelse) implements Expr {
    }

    public record Lambda(int start, int end, Arguments args, Expr body) implements Expr {
    }

    /** A call; {@code args} may contain Starred (for {@code *x}), keywords with a null arg are {@code **x}. */
    public record Call(int start, int end, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    public record Attribute(int start, int end, Expr value, String attr) implements Expr {
    }

    /** {@code value[slice]}; slice is a Slice, a TupleExpr (possibly containing Slices) or any expression. */
    public record Subscript(int start, int end, Expr value, Expr slice) implements Expr {
    }

    /** {@code lower:upper:step}, each part may be null. Only appears as (part of) a Subscript's slice. */
    public record Slice(int start, int end, Expr lower, Expr upper, Expr step) implements Expr {
    }

    public record Starred(int start, int end, Expr value) implements Expr {
    }

    public record ListExpr(int start, int end, List<Expr> elts) implements Expr {
    }

    public record TupleExpr(int start, int end, List<Expr> elts) implements Expr {
    }

    public record SetExpr(int start, int end, List<Expr> elts) implements Expr {
    }

    /** A dict display; a null key means {@code **value} unpacking. */
    public record DictExpr(int start, int end, List<Expr> keys, List<Expr> values) implements Expr {
    }

    public record ListComp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record SetComp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    public record DictComp(int start, int end, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    public record GeneratorExp(int start, int end, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** {@code target := value}. */
    public record NamedExpr(int start, int end, Name target, Expr value) implements Expr {
    }

    /** {@code yield} or {@code yield value}; value may be null. */
    public record Yield(int start, int end, Expr value) implements Expr {
    }

    public record YieldFrom(int start, int end, Expr value) implements Expr {
    }

    // ---------------------------------------------------------------------------------------- helpers

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    public record Comprehension(int start, int end, Expr target, Expr iter, List<Expr> ifs) implements Node {
    }

    /** {@code arg=value} in a call, or {@code **value} when arg is null. */
    public record Keyword(int start, int end, String arg, Expr value) implements Node {
    }

    /** One parameter; annotation may be null (annotations are evaluated by nobody: kept for completeness). */
    public record Arg(int start, int end, String arg, Expr annotation) implements Node {
    }

    /**
     * A parameter list as in CPython's ast: {@code defaults} belong to the last entries of
     * posonlyargs+args; {@code kwDefaults} has one entry per kwonlyarg, null where there is none.
     */
    public record Arguments(int start, int end, List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                    List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    }

    public record ExceptHandler(int start, int end, Expr type, String name, List<Stmt> body) implements Node {
    }

    public record WithItem(int start, int end, Expr contextExpr, Expr optionalVars) implements Node {
    }

    /** {@code name as asname} in an import; asname may be null. name may be dotted. */
    public record Alias(int start, int end, String name, String asname) implements Node {
    }

    // ---------------------------------------------------------------------------------------- statements

    public sealed interface Stmt extends Node permits ExprStmt, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass,
                    FunctionDef, ClassDef, Return, Try, Raise, Assert, Delete, With, Import, ImportFrom, Global, Nonlocal {
    }

    public record ExprStmt(int start, int end, Expr value) implements Stmt {
    }

    /** {@code t1 = t2 = value}: targets in source order. */
    public record Assign(int start, int end, List<Expr> targets, Expr value) implements Stmt {
    }

    public record AugAssign(int start, int end, Expr target, BinOpKind op, Expr value) implements Stmt {
    }

    /** {@code target: annotation [= value]}; value may be null. */
    public record AnnAssign(int start, int end, Expr target, Expr annotation, Expr value) implements Stmt {
    }

    public record If(int start, int end, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    public record While(int start, int end, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    public record For(int start, int end, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    public record Break(int start, int end) implements Stmt {
    }

    public record Continue(int start, int end) implements Stmt {
    }

    public record Pass(int start, int end) implements Stmt {
    }

    /** {@code returns} (the annotation) may be null. */
    public record FunctionDef(int start, int end, String name, Arguments args, List<Stmt> body, List<Expr> decoratorList,
                    Expr returns) implements Stmt {
    }

    public record ClassDef(int start, int end, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList) implements Stmt {
    }

    public record Return(int start, int end, Expr value) implements Stmt {
    }

    public record Try(int start, int end, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
                    implements Stmt {
    }

    /** {@code raise [exc [from cause]]}. */
    public record Raise(int start, int end, Expr exc, Expr cause) implements Stmt {
    }

    public record Assert(int start, int end, Expr test, Expr msg) implements Stmt {
    }

    public record Delete(int start, int end, List<Expr> targets) implements Stmt {
    }

    public record With(int start, int end, List<WithItem> items, List<Stmt> body) implements Stmt {
    }

    public record Import(int start, int end, List<Alias> names) implements Stmt {
    }

    /** {@code from module import names}; a name "*" means import all. */
    public record ImportFrom(int start, int end, String module, List<Alias> names, int level) implements Stmt {
    }

    public record Global(int start, int end, List<String> names) implements Stmt {
    }

    public record Nonlocal(int start, int end, List<String> names) implements Stmt {
    }
}
