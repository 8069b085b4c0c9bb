package org.pyjit.language.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.pyjit.language.parser.PyAst.*;

/**
 * Recursive-descent parser for pyjit's Python subset, following the structure (and the error
 * messages) of CPython 3.11's grammar. Expression methods are named after the grammar rules.
 */
public final class PyParser {
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
                    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
                    "pass", "raise", "return", "try", "while", "with", "yield");

    final PySourceText source;
    private final String code;
    private final PyTokenizer tokenizer;
    private final List<PyToken> tokens = new ArrayList<>();
    /** Bracket depth after each buffered token (CPython's token "level"). */
    private int[] levels = new int[64];
    private int depth;
    private int p;
    /** Set while parsing the expression of an f-string replacement field. */
    private final boolean fieldMode;
    /** Set while parsing the second of two juxtaposed expressions (CPython's expression_without_invalid). */
    private boolean withoutInvalid;
    /**
     * Roughly the number of rule calls CPython's parser would have in progress here (its grammar has
     * more rules than this parser has methods; the weights are measured): it gives up with a
     * MemoryError at {@link PyNestingLimits#PARSER_LEVELS}, and so does this parser. A simple
     * statement starts at 32.
     */
    private int ruleLevel = 32;
    /** Brackets open around the expression being parsed (the first costs CPython fewer levels). */
    private int openBrackets;
    /** Bracket depth at the token of the last generic "invalid syntax" error. */
    private int genericErrorLevel;

    PyParser(PySourceText source) {
        this.source = source;
        this.code = source.code();
        this.tokenizer = new PyTokenizer(source);
        this.fieldMode = false;
    }

    private PyParser(PySourceText source, int from, int to) {
        this.source = source;
        this.code = source.code();
        this.tokenizer = new PyTokenizer(source, from, to);
        this.fieldMode = true;
        this.depth = 1;
    }

    /** Parses and checks a whole module; throws {@link PySyntaxError} for the first error CPython would report. */
    public static PyAst.Module parseModule(String code, String fileName) {
        PySourceText source = new PySourceText(code);
        PyParser parser = new PyParser(source);
        PyAst.Module module;
        try {
            module = parser.file();
            PyNestingLimits.checkCompileDepth(module);
        } catch (PySyntaxError e) {
            if (e.getMessage().equals("unexpected indent")) {
                throw e;
            }
            int lastLine = parser.tokens.isEmpty() ? 1 : parser.tokens.get(parser.tokens.size() - 1).line();
            boolean genericInBrackets = e.getMessage().equals("invalid syntax") && parser.genericErrorLevel > 0;
            throw parser.tokenizer.errorAfterParserError(e, genericInBrackets ? Integer.MAX_VALUE : lastLine);
        }
        int futureLine = PyFutureChecker.check(source, module);
        new PyScopeChecker(source).check(module);
        new PyStatementChecker(source, futureLine).check(module);
        return module;
    }

    // ---------------------------------------------------------------------------------------- nesting

    /** Parses {@code rule} as CPython's parser would, {@code levels} rule calls deeper. */
    private <T> T nested(int levels, Supplier<T> rule) {
        ruleLevel += levels;
        try {
            if (ruleLevel >= PyNestingLimits.PARSER_LEVELS) {
                throw PyNestingLimits.parserStackExhausted();
            }
            return rule.get();
        } finally {
            ruleLevel -= levels;
        }
    }

    /** A bracketed part: {@code levels} deeper at statement level, 18 more inside another bracket. */
    private <T> T inBrackets(int levels, Supplier<T> rule) {
        openBrackets++;
        try {
            return nested(openBrackets > 1 ? levels + 18 : levels, rule);
        } finally {
            openBrackets--;
        }
    }

    // ---------------------------------------------------------------------------------------- tokens

    private PyToken peek() {
        return peek(0);
    }

    private PyToken peek(int k) {
        while (tokens.size() <= p + k) {
            PyToken t = tokenizer.next();
            if (t.kind() == PyTokenKind.OP) {
                String s = t.text();
                if (s.equals("(") || s.equals("[") || s.equals("{")) {
                    depth++;
                } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                    depth--;
                }
            }
            if (tokens.size() == levels.length) {
                levels = java.util.Arrays.copyOf(levels, levels.length * 2);
            }
            levels[tokens.size()] = depth;
            tokens.add(t);
        }
        return tokens.get(p + k);
    }

    private PyToken advance() {
        PyToken t = peek();
        p++;
        return t;
    }

    private int prevEnd() {
        return tokens.get(p - 1).end();
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String kw) {
        return peek().isName(kw);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String kw) {
        if (atKeyword(kw)) {
            p++;
            return true;
        }
        return false;
    }

    private PyToken expectOp(String op) {
        if (!atOp(op)) {
            if (op.equals(":")) {
                throw expectedColon();
            }
            throw invalidSyntax();
        }
        return advance();
    }

    /** CPython's grammar forces the ':' of def/for/try/finally/else: any other token gets "expected ':'". */
    private void expectForcedColon() {
        if (!atOp(":")) {
            PyToken t = peek();
            throw error("expected ':'", t.start(), t.end());
        }
        p++;
    }

    private void expectKeyword(String kw) {
        if (!atKeyword(kw)) {
            throw invalidSyntax();
        }
        p++;
    }

    private PySyntaxError expectedColon() {
        PyToken t = peek();
        if (t.kind() == PyTokenKind.NEWLINE || t.kind() == PyTokenKind.ENDMARKER) {
            return error("expected ':'", t.start(), t.start());
        }
        return invalidSyntax();
    }

    private static boolean isNameToken(PyToken t) {
        return t.kind() == PyTokenKind.NAME && !KEYWORDS.contains(t.text());
    }

    private String expectName() {
        PyToken t = peek();
        if (!isNameToken(t)) {
            throw invalidSyntax();
        }
        p++;
        return t.text();
    }

    // ---------------------------------------------------------------------------------------- errors

    PySyntaxError error(String message, int start, int end) {
        return source.syntaxError(message, start, end);
    }

    private PySyntaxError errorAt(String message, Node node) {
        return error(message, node.start(), node.end());
    }

    /** CPython's generic error at the current token. */
    private PySyntaxError invalidSyntax() {
        PyToken t = peek();
        if (t.kind() == PyTokenKind.INDENT) {
            return unexpectedIndent(t);
        }
        if (t.kind() == PyTokenKind.ENDMARKER && p > 0 && !fieldMode) {
            // CPython reports a premature end of file at the last line break
            PyToken prev = tokens.get(p - 1);
            return error("invalid syntax", prev.start(), prev.start());
        }
        if (t.isName("async")) {
            return error("'async' is not supported by pyjit", t.start(), t.end());
        }
        if (t.isName("await")) {
            return error("'await' is not supported by pyjit", t.start(), t.end());
        }
        // CPython's second pass reads past a stray '=' inside brackets (looking for '==' hints)
        genericErrorLevel = t.isOp("=") ? levels[p] : 0;
        return error("invalid syntax", t.start(), t.end());
    }

    private PySyntaxError unexpectedIndent(PyToken indent) {
        int line = source.lineOf(indent.end());
        int col = indent.end() - source.lineStart(line);
        return new PySyntaxError("IndentationError", "unexpected indent", line, col, line, -1, indent.end(), source.lineText(line));
    }

    // ---------------------------------------------------------------------------------------- statements

    PyAst.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != PyTokenKind.ENDMARKER) {
            statement(body);
        }
        return new PyAst.Module(0, code.length(), body);
    }

    private void statement(List<Stmt> out) {
        PyToken t = peek();
        if (t.kind() == PyTokenKind.INDENT) {
            throw unexpectedIndent(t);
        }
        if (t.kind() == PyTokenKind.NAME) {
            switch (t.text()) {
                case "if" -> {
                    out.add(ifStmt());
                    return;
                }
                case "while" -> {
                    out.add(whileStmt());
                    return;
                }
                case "for" -> {
                    out.add(forStmt());
                    return;
                }
                case "try" -> {
                    out.add(tryStmt());
                    return;
                }
                case "with" -> {
                    out.add(withStmt());
                    return;
                }
                case "def" -> {
                    out.add(funcDef(List.of(), t.start()));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t.start()));
                    return;
                }
                case "async" -> {
                    PyToken n = peek(1);
                    String what = n.isName("def") || n.isName("for") || n.isName("with") ? "'async " + n.text() + "'" : "'async'";
                    throw error(what + " is not supported by pyjit", t.start(), n.isName("def") || n.isName("for") || n.isName("with") ? n.end() : t.end());
                }
                case "match" -> {
                    if (looksLikeSoftKeywordStatement(":")) {
                        throw error("the 'match' statement is not supported by pyjit", t.start(), t.end());
                    }
                }
                case "type" -> {
                    if (isNameToken(peek(1)) && (peek(2).isOp("=") || peek(2).isOp("["))) {
                        throw error("'type' alias statements are not supported by pyjit", t.start(), t.end());
                    }
                }
                default -> {
                }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        }
        simpleStatements(out);
    }

    /** Is the current soft keyword followed by an expression and then {@code terminator} before the line ends? */
    private boolean looksLikeSoftKeywordStatement(String terminator) {
        PyToken n = peek(1);
        if (n.kind() == PyTokenKind.NEWLINE || n.kind() == PyTokenKind.OP && !(n.isOp("(") || n.isOp("[") || n.isOp("{") || n.isOp("-") || n.isOp("*"))) {
            return false;
        }
        if (n.kind() == PyTokenKind.NAME && KEYWORDS.contains(n.text()) && !n.isName("not") && !n.isName("None") && !n.isName("True") && !n.isName("False")) {
            return false;
        }
        int save = p;
        try {
            p++;
            starNamedExpressions();
            return atOp(terminator) && peek(1).kind() == PyTokenKind.NEWLINE;
        } catch (PySyntaxError e) {
            return false;
        } finally {
            p = save;
        }
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (acceptOp(";")) {
                if (peek().kind() == PyTokenKind.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (peek().kind() != PyTokenKind.NEWLINE) {
            throw invalidSyntax();
        }
        p++;
    }

    private Stmt simpleStatement() {
        PyToken t = peek();
        int start = t.start();
        if (t.kind() == PyTokenKind.NAME) {
            switch (t.text()) {
                case "pass":
                    p++;
                    return new Pass(start, t.end());
                case "break":
                    p++;
                    return new Break(start, t.end());
                case "continue":
                    p++;
                    return new Continue(start, t.end());
                case "return": {
                    p++;
                    Expr value = startsExpression(peek()) || atOp("*") ? starExpressions() : null;
                    return new Return(start, prevEnd(), value);
                }
                case "raise":
                    return raiseStmt();
                case "global":
                case "nonlocal": {
                    p++;
                    List<String> names = new ArrayList<>();
                    names.add(expectName());
                    while (acceptOp(",")) {
                        names.add(expectName());
                    }
                    return t.text().equals("global") ? new Global(start, prevEnd(), names) : new Nonlocal(start, prevEnd(), names);
                }
                case "del":
                    return delStmt();
                case "assert": {
                    p++;
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Assert(start, prevEnd(), test, msg);
                }
                case "import":
                    return importStmt();
                case "from":
                    return fromImport();
                default:
                    break;
            }
        }
        return expressionStatement();
    }

    private Stmt raiseStmt() {
        int start = advance().start();
        Expr exc = null;
        Expr cause = null;
        if (startsExpression(peek())) {
            exc = expression();
            if (acceptKeyword("from")) {
                cause = expression();
            }
        }
        return new Raise(start, prevEnd(), exc, cause);
    }

    private Stmt delStmt() {
        int start = advance().start();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression(peek())) {
                break;
            }
            Expr e = bitwiseOr();
            targets.add(e);
        } while (acceptOp(","));
        if (targets.isEmpty() || !(peek().kind() == PyTokenKind.NEWLINE || atOp(";"))) {
            throw invalidSyntax();
        }
        for (Expr e : targets) {
            Expr bad = PyTargets.invalidTarget(e, PyTargets.Kind.DEL);
            if (bad != null) {
                throw errorAt("cannot delete " + PyTargets.exprName(bad), bad);
            }
        }
        return new Delete(start, prevEnd(), targets);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (acceptOp(".")) {
            sb.append('.').append(expectName());
        }
        return sb.toString();
    }

    private Stmt importStmt() {
        int start = advance().start();
        List<Alias> names = new ArrayList<>();
        do {
            int s = peek().start();
            String name = dottedName();
            String as = acceptKeyword("as") ? expectName() : null;
            names.add(new Alias(s, prevEnd(), name, as));
        } while (acceptOp(","));
        return new Import(start, prevEnd(), names);
    }

    private Stmt fromImport() {
        int start = advance().start();
        int level = 0;
        while (atOp(".") || atOp("...")) {
            level += advance().text().length();
        }
        String module = null;
        if (!atKeyword("import")) {
            module = dottedName();
        }
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (atOp("*")) {
            PyToken star = advance();
            names.add(new Alias(star.start(), star.end(), "*", null));
            return new ImportFrom(start, prevEnd(), module, names, level);
        }
        boolean paren = acceptOp("(");
        do {
            if (paren && atOp(")")) {
                break;
            }
            if (!paren && !names.isEmpty() && peek().kind() == PyTokenKind.NEWLINE) {
                throw error("trailing comma not allowed without surrounding parentheses", peek().start(), peek().start());
            }
            int s = peek().start();
            String name = expectName();
            String as = acceptKeyword("as") ? expectName() : null;
            names.add(new Alias(s, prevEnd(), name, as));
        } while (acceptOp(","));
        if (paren) {
            expectOp(")");
        }
        if (names.isEmpty()) {
            throw invalidSyntax();
        }
        return new ImportFrom(start, prevEnd(), module, names, level);
    }

    private static final Set<String> AUG_OPS = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@=");

    private Stmt expressionStatement() {
        int start = peek().start();
        int firstTokenIndex = p;
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        PyToken t = peek();
        if (t.isOp(":")) {
            return annAssign(first, start);
        }
        if (t.kind() == PyTokenKind.OP && AUG_OPS.contains(t.text())) {
            if (!(first instanceof Name || first instanceof Attribute || first instanceof Subscript)) {
                throw errorAt("'" + PyTargets.exprName(first) + "' is an illegal expression for augmented assignment", first);
            }
            p++;
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            String op = t.text().substring(0, t.text().length() - 1);
            return new AugAssign(start, prevEnd(), first, binOpKind(op), value);
        }
        if (t.isOp("=")) {
            List<Expr> targets = new ArrayList<>();
            targets.add(first);
            Expr value = null;
            checkFirstTarget(first, firstTokenIndex);
            while (acceptOp("=")) {
                value = atKeyword("yield") ? yieldExpr() : starExpressions();
                if (atOp("=")) {
                    checkTarget(value);
                    targets.add(value);
                }
            }
            return new Assign(start, prevEnd(), targets, value);
        }
        return new ExprStmt(start, prevEnd(), first);
    }

    /** At the first '=': CPython's hint if one expression follows, else the plain target error. */
    private void checkFirstTarget(Expr first, int firstTokenIndex) {
        Expr bad = first instanceof Yield || first instanceof YieldFrom ? first : PyTargets.invalidTarget(first, PyTargets.Kind.STAR);
        if (bad == null) {
            return;
        }
        if (isBitwiseOrLevel(first) && !startsWithDisplay(firstTokenIndex, first)) {
            int save = p;
            boolean single = false;
            try {
                p++;
                bitwiseOr();
                single = !atOp("=") && !atOp(":=");
            } catch (PySyntaxError e) {
                single = false;
            } finally {
                p = save;
            }
            if (single) {
                throw errorAt("cannot assign to " + PyTargets.exprName(first) + " here. Maybe you meant '==' instead of '='?", first);
            }
        }
        checkTarget(first);
    }

    private void checkTarget(Expr target) {
        if (target instanceof Yield || target instanceof YieldFrom) {
            throw errorAt("assignment to yield expression not possible", target);
        }
        Expr bad = PyTargets.invalidTarget(target, PyTargets.Kind.STAR);
        if (bad != null) {
            throw errorAt("cannot assign to " + PyTargets.exprName(bad), bad);
        }
    }

    /** CPython's "here. Maybe you meant '=='" hint is not given for tuples, lists and True/None/False. */
    private boolean startsWithDisplay(int tokenIndex, Expr e) {
        PyToken t = tokens.get(tokenIndex);
        if (t.isName("True") || t.isName("False") || t.isName("None")) {
            return true;
        }
        return e instanceof TupleExpr || e instanceof ListExpr || e instanceof GeneratorExp;
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Compare || e instanceof BoolOp || e instanceof IfExp || e instanceof Lambda || e instanceof NamedExpr ||
                        e instanceof UnaryOp u && u.op() == UnaryOpKind.NOT || e instanceof Starred || e instanceof TupleExpr ||
                        e instanceof Yield || e instanceof YieldFrom);
    }

    private Stmt annAssign(Expr target, int start) {
        int save = p;
        p++;
        expression();
        p = save;
        if (target instanceof TupleExpr) {
            throw errorAt("only single target (not tuple) can be annotated", target);
        }
        if (target instanceof ListExpr) {
            throw errorAt("only single target (not list) can be annotated", target);
        }
        if (!(target instanceof Name || target instanceof Attribute || target instanceof Subscript)) {
            throw errorAt("illegal target for annotation", target);
        }
        p++;
        Expr annotation = expression();
        Expr value = null;
        if (acceptOp("=")) {
            value = atKeyword("yield") ? yieldExpr() : starExpressions();
        }
        return new AnnAssign(start, prevEnd(), target, annotation, value);
    }

    static BinOpKind binOpKind(String op) {
        return switch (op) {
            case "+" -> BinOpKind.ADD;
            case "-" -> BinOpKind.SUB;
            case "*" -> BinOpKind.MUL;
            case "/" -> BinOpKind.DIV;
            case "//" -> BinOpKind.FLOORDIV;
            case "%" -> BinOpKind.MOD;
            case "**" -> BinOpKind.POW;
            case "<<" -> BinOpKind.LSHIFT;
            case ">>" -> BinOpKind.RSHIFT;
            case "|" -> BinOpKind.BITOR;
            case "^" -> BinOpKind.BITXOR;
            case "&" -> BinOpKind.BITAND;
            case "@" -> BinOpKind.MATMUL;
            default -> throw new IllegalArgumentException(op);
        };
    }

    // ---------------------------------------------------------------------------------------- compound statements

    /**
     * The body after a ':' of a compound statement; {@code what} names the statement for CPython's
     * "expected an indented block after ..." message.
     */
    private List<Stmt> block(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (peek().kind() == PyTokenKind.NEWLINE) {
            PyToken newline = advance();
            if (peek().kind() != PyTokenKind.INDENT) {
                String msg = "expected an indented block after " + what + " on line " + headerLine;
                PyToken t = peek();
                if (t.kind() == PyTokenKind.ENDMARKER || t.kind() == PyTokenKind.DEDENT && t.start() >= code.length()) {
                    // at the end of the file CPython reports the header line without a caret
                    int line = source.lineOf(newline.start());
                    throw new PySyntaxError("IndentationError", msg, line, 0, line, -1, newline.start(), source.lineText(line));
                }
                PySyntaxError e = error(msg, t.start(), t.end());
                throw new PySyntaxError("IndentationError", msg, e.getLine(), e.getColumn(), e.getEndLine(), e.getEndColumn(), e.getOffset(), e.getLineText());
            }
            p++;
            nested(6, () -> {
                while (peek().kind() != PyTokenKind.DEDENT && peek().kind() != PyTokenKind.ENDMARKER) {
                    statement(body);
                }
                return body;
            });
            acceptDedent();
            return body;
        }
        if (peek().kind() == PyTokenKind.ENDMARKER) {
            PyToken t = peek();
            int line = source.lineOf(Math.max(0, t.start() - 1));
            String msg = "expected an indented block after " + what + " on line " + headerLine;
            throw new PySyntaxError("IndentationError", msg, line, 0, line, -1, t.start(), source.lineText(line));
        }
        simpleStatements(body);
        return body;
    }

    private void acceptDedent() {
        if (peek().kind() == PyTokenKind.DEDENT) {
            p++;
        }
    }

    /** A condition of if/elif/while: a named expression, with CPython's hints for a stray '='. */
    private Expr condition() {
        return checkedNamedExpression();
    }

    /** A named expression where a following '=' gets CPython's "Maybe you meant '=='" hints. */
    private Expr checkedNamedExpression() {
        Expr e = namedExpression();
        if (atOp("=")) {
            int save = p;
            p++;
            if (startsExpression(peek())) {
                Expr rhs = bitwiseOr();
                if (!atOp("=") && !atOp(":=")) {
                    if (e instanceof Name) {
                        throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.start(), rhs.end());
                    }
                    if (isBitwiseOrLevel(e) && !(e instanceof TupleExpr || e instanceof ListExpr || e instanceof BoolLit || e instanceof NoneLit)) {
                        throw errorAt("cannot assign to " + PyTargets.exprName(e) + " here. Maybe you meant '==' instead of '='?", e);
                    }
                }
            }
            p = save;
        }
        return e;
    }

    private Stmt ifStmt() {
        PyToken kw = advance();
        Expr test = condition();
        expectOp(":");
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.line());
        List<Stmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) {
            orelse.add(ifStmt());
        } else if (atKeyword("else")) {
            PyToken e = advance();
            expectForcedColon();
            orelse = block("'else' statement", e.line());
        }
        return new If(kw.start(), prevEnd(), test, body, orelse);
    }

    private Stmt whileStmt() {
        PyToken kw = advance();
        Expr test = condition();
        expectOp(":");
        List<Stmt> body = block("'while' statement", kw.line());
        List<Stmt> orelse = elseBlock();
        return new While(kw.start(), prevEnd(), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (atKeyword("else")) {
            PyToken e = advance();
            expectForcedColon();
            return block("'else' statement", e.line());
        }
        return new ArrayList<>();
    }

    private Stmt forStmt() {
        PyToken kw = advance();
        int targetStart = p;
        Expr target = starTargets();
        if (!atKeyword("in")) {
            throw missingIn(targetStart);
        }
        p++;
        Expr iter = starExpressions();
        expectOp(":");
        List<Stmt> body = block("'for' statement", kw.line());
        List<Stmt> orelse = elseBlock();
        return new For(kw.start(), prevEnd(), target, iter, body, orelse);
    }

    /** Targets of a for loop or comprehension: stops before 'in'. */
    private Expr starTargets() {
        int start = peek().start();
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        while (true) {
            Expr e = atOp("*") ? starredBitwiseOr() : bitwiseOr();
            elts.add(e);
            if (atOp(",")) {
                p++;
                comma = true;
                if (atKeyword("in") || !startsExpression(peek()) && !atOp("*")) {
                    break;
                }
                continue;
            }
            break;
        }
        Expr target = comma ? new TupleExpr(start, prevEnd(), elts) : elts.get(0);
        Expr bad = PyTargets.invalidTarget(target, PyTargets.Kind.FOR);
        if (bad != null) {
            throw errorAt("cannot assign to " + PyTargets.exprName(bad), bad);
        }
        return target;
    }

    /**
     * A for target not followed by 'in': CPython re-reads the target as an expression, which can
     * give the missing-comma hint, else reports the generic error.
     */
    private PySyntaxError missingIn(int targetStart) {
        PySyntaxError generic = invalidSyntax();
        int save = p;
        p = targetStart;
        try {
            starExpressions();
        } catch (PySyntaxError e) {
            if (!e.getMessage().equals("invalid syntax")) {
                return e;
            }
        } finally {
            p = save;
        }
        return generic;
    }

    private Expr starredBitwiseOr() {
        int start = advance().start();
        Expr value = bitwiseOr();
        return new Starred(start, prevEnd(), value);
    }

    private Stmt tryStmt() {
        PyToken kw = advance();
        expectForcedColon();
        List<Stmt> body = block("'try' statement", kw.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            PyToken ex = advance();
            if (atOp("*")) {
                throw error("'except*' is not supported by pyjit", ex.start(), peek().end());
            }
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    int save = p;
                    List<Expr> elts = new ArrayList<>(List.of(type));
                    while (acceptOp(",")) {
                        elts.add(expression());
                    }
                    if (atOp(":") || atKeyword("as")) {
                        throw error("multiple exception types must be parenthesized", type.start(), prevEnd());
                    }
                    p = save;
                }
                if (acceptKeyword("as")) {
                    name = expectName();
                }
            }
            expectOp(":");
            List<Stmt> hbody = block("'except' statement", ex.line());
            handlers.add(new ExceptHandler(ex.start(), prevEnd(), type, name, hbody));
        }
        List<Stmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty() && atKeyword("else")) {
            orelse = elseBlock();
        }
        List<Stmt> finalbody = new ArrayList<>();
        if (atKeyword("finally")) {
            PyToken f = advance();
            expectForcedColon();
            finalbody = block("'finally' statement", f.line());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            PyToken t = peek();
            if (t.kind() == PyTokenKind.ENDMARKER || t.kind() == PyTokenKind.DEDENT) {
                PyToken nl = tokens.get(p - 1);
                int i = p - 1;
                while (i > 0 && tokens.get(i).kind() != PyTokenKind.NEWLINE) {
                    i--;
                }
                nl = tokens.get(i);
                int line = source.lineOf(nl.start());
                if (t.kind() == PyTokenKind.ENDMARKER || t.start() >= code.length()) {
                    // at the end of the file CPython reports the last line without a caret
                    throw new PySyntaxError("SyntaxError", "expected 'except' or 'finally' block", line, 0, line, -1, nl.start(), source.lineText(line));
                }
            }
            throw error("expected 'except' or 'finally' block", t.start(), t.end());
        }
        return new Try(kw.start(), prevEnd(), body, handlers, orelse, finalbody);
    }

    private Stmt withStmt() {
        PyToken kw = advance();
        List<WithItem> items = new ArrayList<>();
        boolean parenthesized = false;
        if (atOp("(")) {
            // "with (a as b, c as d):" is only a parenthesized item list if an 'as' or ',' appears at depth 1
            int save = p;
            try {
                p++;
                List<WithItem> inner = new ArrayList<>();
                do {
                    if (atOp(")")) {
                        break;
                    }
                    inner.add(withItem());
                } while (acceptOp(","));
                if (acceptOp(")") && atOp(":")) {
                    items = inner;
                    parenthesized = true;
                } else {
                    p = save;
                }
            } catch (PySyntaxError e) {
                p = save;
            }
        }
        if (!parenthesized) {
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        expectOp(":");
        List<Stmt> body = block("'with' statement", kw.line());
        return new With(kw.start(), prevEnd(), items, body);
    }

    private WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            vars = starTargetForWith();
        }
        return new WithItem(ctx.start(), prevEnd(), ctx, vars);
    }

    private Expr starTargetForWith() {
        Expr target = atOp("*") ? starredBitwiseOr() : bitwiseOr();
        Expr bad = PyTargets.invalidTarget(target, PyTargets.Kind.STAR);
        if (bad != null) {
            throw errorAt("cannot assign to " + PyTargets.exprName(bad), bad);
        }
        return target;
    }

    private Stmt decorated() {
        int start = peek().start();
        List<Expr> decorators = new ArrayList<>();
        while (acceptOp("@")) {
            decorators.add(namedExpression());
            if (peek().kind() != PyTokenKind.NEWLINE) {
                throw invalidSyntax();
            }
            p++;
        }
        if (atKeyword("def")) {
            return funcDef(decorators, start);
        }
        if (atKeyword("class")) {
            return classDef(decorators, start);
        }
        if (atKeyword("async")) {
            throw error("'async def' is not supported by pyjit", peek().start(), peek(1).end());
        }
        throw invalidSyntax();
    }

    private Stmt funcDef(List<Expr> decorators, int start) {
        PyToken kw = advance();
        String name = expectName();
        PyToken open = peek();
        if (!open.isOp("(")) {
            if (open.isOp("[")) {
                throw error("generic functions are not supported by pyjit", open.start(), open.end());
            }
            throw error("expected '('", open.start(), open.end());
        }
        p++;
        Arguments args = parameters(")", true, open.start());
        expectOp(")");
        Expr returns = null;
        if (acceptOp("->")) {
            returns = expression();
        }
        expectForcedColon();
        List<Stmt> body = block("function definition", kw.line());
        return new FunctionDef(start, prevEnd(), name, args, body, decorators, returns);
    }

    private Stmt classDef(List<Expr> decorators, int start) {
        PyToken kw = advance();
        String name = expectName();
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            p++;
            callArguments(bases, keywords, false);
            expectOp(")");
        }
        expectOp(":");
        List<Stmt> body = block("class definition", kw.line());
        return new ClassDef(start, prevEnd(), name, bases, keywords, body, decorators);
    }

    /**
     * A parameter list up to (not including) {@code close}; {@code annotations} is false for
     * lambdas, whose parameters end at ':'.
     */
    private Arguments parameters(String close, boolean annotations, int start) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        PyToken bareStar = null;
        while (!atOp(close)) {
            PyToken t = peek();
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", t.start(), t.end());
            }
            if (t.isOp("/")) {
                if (star) {
                    throw error("/ must be ahead of *", t.start(), t.end());
                }
                if (!posonly.isEmpty()) {
                    throw error("/ may appear only once", t.start(), t.end());
                }
                if (args.isEmpty()) {
                    throw error("at least one argument must precede /", t.start(), t.end());
                }
                p++;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (star) {
                    throw error("* argument may appear only once", t.start(), t.end());
                }
                p++;
                star = true;
                if (atOp(",") || atOp(close)) {
                    bareStar = t;
                } else {
                    vararg = param(annotations);
                    if (atOp("=")) {
                        throw error("var-positional argument cannot have default value", peek().start(), peek().end());
                    }
                }
            } else if (t.isOp("**")) {
                p++;
                kwarg = param(annotations);
                if (atOp("=")) {
                    throw error("var-keyword argument cannot have default value", peek().start(), peek().end());
                }
            } else {
                Arg a = param(annotations);
                Expr dflt = null;
                if (atOp("=")) {
                    PyToken eq = advance();
                    if (atOp(",") || atOp(")")) {
                        throw error("expected default value expression", eq.start(), eq.end());
                    }
                    dflt = expression();
                }
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("non-default argument follows default argument", a);
                    }
                    args.add(a);
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        if (!atOp(close)) {
            throw invalidSyntax();
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw error("named arguments must follow bare *", bareStar.start(), bareStar.end());
        }
        int end = p > 0 ? prevEnd() : start;
        return new Arguments(start, Math.max(start, end), posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg param(boolean annotations) {
        PyToken t = peek();
        if (!isNameToken(t)) {
            throw invalidSyntax();
        }
        p++;
        Expr annotation = null;
        if (annotations && acceptOp(":")) {
            annotation = atOp("*") ? starredExpression() : expression();
        }
        return new Arg(t.start(), prevEnd(), t.text(), annotation);
    }

    // ---------------------------------------------------------------------------------------- expressions

    /** Can this token start an expression? */
    private static boolean startsExpression(PyToken t) {
        switch (t.kind()) {
            case NAME:
                return !KEYWORDS.contains(t.text()) || switch (t.text()) {
                    case "None", "True", "False", "not", "lambda", "await" -> true;
                    default -> false;
                };
            case NUMBER:
            case STRING:
                return true;
            case OP:
                return switch (t.text()) {
                    case "(", "[", "{", "-", "+", "~", "..." -> true;
                    default -> false;
                };
            default:
                return false;
        }
    }

    /** star_expressions: an expression, or an unparenthesized tuple of (possibly starred) expressions. */
    Expr starExpressions() {
        int start = peek().start();
        Expr first = starExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (acceptOp(",")) {
            if (!startsExpression(peek()) && !atOp("*")) {
                break;
            }
            elts.add(starExpression());
        }
        return new TupleExpr(start, prevEnd(), elts);
    }

    private Expr starExpression() {
        if (atOp("*")) {
            return starredBitwiseOr();
        }
        return expression();
    }

    private Expr starredExpression() {
        int start = advance().start();
        Expr value = expression();
        return new Starred(start, prevEnd(), value);
    }

    /** star_named_expressions without brackets: used for the subject check of soft keywords. */
    private Expr starNamedExpressions() {
        int start = peek().start();
        Expr first = starNamedExpression();
        if (!atOp(",")) {
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (!startsExpression(peek()) && !atOp("*")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        return new TupleExpr(start, prevEnd(), elts);
    }

    private Expr starNamedExpression() {
        if (atOp("*")) {
            return starredBitwiseOr();
        }
        return checkedNamedExpression();
    }

    Expr namedExpression() {
        PyToken t = peek();
        if (isNameToken(t) && peek(1).isOp(":=")) {
            p += 2;
            Expr value = expression();
            return new NamedExpr(t.start(), prevEnd(), new Name(t.start(), t.end(), t.text()), value);
        }
        Expr e = expression();
        if (atOp(":=")) {
            throw errorAt("cannot use assignment expressions with " + PyTargets.exprName(e), e);
        }
        return e;
    }

    Expr expression() {
        if (atKeyword("lambda")) {
            return lambdef();
        }
        int firstToken = p;
        Expr body = disjunction();
        if (atKeyword("if")) {
            if (withoutInvalid) {
                int save = p;
                try {
                    p++;
                    Expr test = disjunction();
                    if (!acceptKeyword("else")) {
                        p = save;
                        return body;
                    }
                    Expr orelse = nested(1, this::expression);
                    return new IfExp(body.start(), prevEnd(), test, body, orelse);
                } catch (PySyntaxError e) {
                    p = save;
                    return body;
                }
            }
            p++;
            Expr test = disjunction();
            if (!atKeyword("else")) {
                if (!atOp(":")) {
                    throw error("expected 'else' after 'if' expression", body.start(), test.end());
                }
                throw invalidSyntax();
            }
            p++;
            Expr orelse = nested(1, this::expression);
            return new IfExp(body.start(), prevEnd(), test, body, orelse);
        }
        checkJuxtaposed(body, firstToken);
        return body;
    }

    /**
     * CPython's hints for two expressions in a row: a missing comma inside brackets, or the
     * Python 2 print statement.
     */
    private void checkJuxtaposed(Expr a, int firstToken) {
        if (withoutInvalid) {
            return;
        }
        PyToken next = peek();
        if (!startsExpression(next) || next.isOp("(") || next.isOp("[") || next.isOp("-") || next.isOp("+")) {
            if (!(a instanceof Name && (next.isOp("-") || next.isOp("+") || next.isOp("[") || next.isOp("(")))) {
                return;
            }
            if (!isLegacyPrint(a)) {
                return;
            }
        }
        PyToken first = tokens.get(firstToken);
        if (first.kind() == PyTokenKind.NAME && (first.text().equals("match") || first.text().equals("case") || first.text().equals("_"))) {
            return;
        }
        if (first.kind() == PyTokenKind.NAME && tokens.size() > firstToken + 1 && tokens.get(firstToken + 1).kind() == PyTokenKind.STRING &&
                        !isLegacyPrint(a)) {
            return;
        }
        int save = p;
        Expr b;
        withoutInvalid = true;
        try {
            b = isLegacyPrint(a) ? starExpressions() : expression();
        } catch (PySyntaxError e) {
            p = save;
            return;
        } finally {
            withoutInvalid = false;
        }
        if (isLegacyPrint(a)) {
            String n = ((Name) a).id();
            throw error("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?", a.start(), b.end());
        }
        if (levels[p - 1] > 0) {
            throw error("invalid syntax. Perhaps you forgot a comma?", a.start(), b.end());
        }
        p = save;
    }

    private static boolean isLegacyPrint(Expr a) {
        return a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    private Expr lambdef() {
        PyToken kw = advance();
        Arguments args = parameters(":", false, peek().start());
        expectOp(":");
        Expr body = nested(2, this::expression);
        return new Lambda(kw.start(), prevEnd(), args, body);
    }

    private Expr disjunction() {
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKeyword("or")) {
            values.add(conjunction());
        }
        return new BoolOp(first.start(), prevEnd(), false, values);
    }

    private Expr conjunction() {
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>(List.of(first));
        while (acceptKeyword("and")) {
            values.add(inversion());
        }
        return new BoolOp(first.start(), prevEnd(), true, values);
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            int start = advance().start();
            Expr operand = nested(1, this::inversion);
            return new UnaryOp(start, prevEnd(), UnaryOpKind.NOT, operand);
        }
        return comparison();
    }

    private CmpOpKind compareOp() {
        PyToken t = peek();
        if (t.kind() == PyTokenKind.OP) {
            CmpOpKind k = switch (t.text()) {
                case "==" -> CmpOpKind.EQ;
                case "!=" -> CmpOpKind.NE;
                case "<" -> CmpOpKind.LT;
                case "<=" -> CmpOpKind.LE;
                case ">" -> CmpOpKind.GT;
                case ">=" -> CmpOpKind.GE;
                default -> null;
            };
            if (k != null) {
                p++;
            }
            return k;
        }
        if (t.isName("in")) {
            p++;
            return CmpOpKind.IN;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            p += 2;
            return CmpOpKind.NOT_IN;
        }
        if (t.isName("is")) {
            p++;
            if (acceptKeyword("not")) {
                return CmpOpKind.IS_NOT;
            }
            return CmpOpKind.IS;
        }
        return null;
    }

    private Expr comparison() {
        Expr left = bitwiseOr();
        CmpOpKind op = compareOp();
        if (op == null) {
            return left;
        }
        List<CmpOpKind> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(nested(3, this::bitwiseOr));
            op = compareOp();
        }
        return new Compare(left.start(), prevEnd(), left, ops, comparators);
    }

    Expr bitwiseOr() {
        Expr left = bitwiseXor();
        while (atOp("|")) {
            p++;
            Expr right = bitwiseXor();
            left = new BinOp(left.start(), prevEnd(), left, BinOpKind.BITOR, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Expr left = bitwiseAnd();
        while (atOp("^")) {
            p++;
            Expr right = bitwiseAnd();
            left = new BinOp(left.start(), prevEnd(), left, BinOpKind.BITXOR, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Expr left = shiftExpr();
        while (atOp("&")) {
            p++;
            Expr right = shiftExpr();
            left = new BinOp(left.start(), prevEnd(), left, BinOpKind.BITAND, right);
        }
        return left;
    }

    private Expr shiftExpr() {
        Expr left = sum();
        while (atOp("<<") || atOp(">>")) {
            BinOpKind k = binOpKind(advance().text());
            Expr right = sum();
            left = new BinOp(left.start(), prevEnd(), left, k, right);
        }
        return left;
    }

    private Expr sum() {
        Expr left = term();
        while (atOp("+") || atOp("-")) {
            BinOpKind k = binOpKind(advance().text());
            Expr right = term();
            left = new BinOp(left.start(), prevEnd(), left, k, right);
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (atOp("*") || atOp("/") || atOp("//") || atOp("%") || atOp("@")) {
            BinOpKind k = binOpKind(advance().text());
            Expr right = factor();
            left = new BinOp(left.start(), prevEnd(), left, k, right);
        }
        return left;
    }

    private Expr factor() {
        PyToken t = peek();
        UnaryOpKind k = t.isOp("-") ? UnaryOpKind.NEG : t.isOp("+") ? UnaryOpKind.POS : t.isOp("~") ? UnaryOpKind.INVERT : null;
        if (k != null) {
            p++;
            Expr operand = nested(1, this::factor);
            return new UnaryOp(t.start(), prevEnd(), k, operand);
        }
        return power();
    }

    private Expr power() {
        if (atKeyword("await")) {
            PyToken t = peek();
            throw error("'await' is not supported by pyjit", t.start(), t.end());
        }
        Expr base = primary();
        if (atOp("**")) {
            p++;
            Expr exponent = nested(2, this::factor);
            return new BinOp(base.start(), prevEnd(), base, BinOpKind.POW, exponent);
        }
        return base;
    }

    private Expr primary() {
        Expr e = atom();
        while (true) {
            PyToken t = peek();
            if (t.isOp(".")) {
                p++;
                String attr = expectName();
                e = new Attribute(e.start(), prevEnd(), e, attr);
            } else if (t.isOp("(")) {
                p++;
                List<Expr> args = new ArrayList<>();
                List<Keyword> keywords = new ArrayList<>();
                Expr genexp = inBrackets(6, () -> callArguments(args, keywords, true));
                expectOp(")");
                if (genexp != null) {
                    genexp = new GeneratorExp(t.start(), prevEnd(), ((GeneratorExp) genexp).elt(), ((GeneratorExp) genexp).generators());
                    args.set(0, genexp);
                }
                e = new Call(e.start(), prevEnd(), e, args, keywords);
            } else if (t.isOp("[")) {
                p++;
                Expr slice = inBrackets(6, this::slices);
                expectOp("]");
                e = new Subscript(e.start(), prevEnd(), e, slice);
            } else {
                return e;
            }
        }
    }

    /**
     * Call arguments up to the ')'. Returns the generator expression if the call's only argument is
     * an unparenthesized generator expression (its range is fixed by the caller), else null.
     */
    private Expr callArguments(List<Expr> args, List<Keyword> keywords, boolean allowGenexp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        Set<String> names = new HashSet<>();
        Expr genexp = null;
        while (!atOp(")")) {
            PyToken t = peek();
            if (t.isOp("*")) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", t.start(), t.end());
                }
                args.add(starredExpression());
            } else if (t.isOp("**")) {
                p++;
                Expr value = expression();
                keywords.add(new Keyword(t.start(), prevEnd(), null, value));
                sawDoubleStar = true;
            } else if (isNameToken(t) && peek(1).isOp("=")) {
                p += 2;
                Expr value = expression();
                if (!names.add(t.text())) {
                    throw error("keyword argument repeated: " + t.text(), t.start(), prevEnd());
                }
                keywords.add(new Keyword(t.start(), prevEnd(), t.text(), value));
                sawKeyword = true;
            } else {
                Expr e = namedExpression();
                if (atKeyword("for") || atKeyword("async")) {
                    if (!allowGenexp) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> gens = comprehensionClauses();
                    Expr g = new GeneratorExp(e.start(), prevEnd(), e, gens);
                    if (!args.isEmpty() || !keywords.isEmpty() || atOp(",")) {
                        throw errorAt("Generator expression must be parenthesized", g);
                    }
                    args.add(g);
                    genexp = g;
                    acceptOp(",");
                    continue;
                }
                if (atOp("=")) {
                    if (t.isName("True") || t.isName("False") || t.isName("None")) {
                        throw error("cannot assign to " + t.text(), e.start(), e.end());
                    }
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", e.start(), peek().end());
                }
                if (sawDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", peek().start(), peek().end());
                }
                if (sawKeyword) {
                    throw error("positional argument follows keyword argument", peek().start(), peek().end());
                }
                args.add(e);
            }
            if (!acceptOp(",")) {
                break;
            }
            if (genexp != null) {
                throw errorAt("Generator expression must be parenthesized", genexp);
            }
        }
        if (genexp != null && args.size() > 1) {
            throw errorAt("Generator expression must be parenthesized", genexp);
        }
        return genexp;
    }

    private Expr slices() {
        int start = peek().start();
        Expr first = slice();
        if (!atOp(",")) {
            // a[*b] is a one-element tuple index (PEP 646)
            return first instanceof Starred ? new TupleExpr(start, prevEnd(), new ArrayList<>(List.of(first))) : first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(slice());
        }
        return new TupleExpr(start, prevEnd(), elts);
    }

    private Expr slice() {
        int start = peek().start();
        if (atOp("*")) {
            return starredBitwiseOr();
        }
        Expr lower = null;
        if (!atOp(":")) {
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        p++;
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Slice(start, prevEnd(), lower, upper, step);
    }

    private Expr atom() {
        PyToken t = peek();
        switch (t.kind()) {
            case NAME -> {
                switch (t.text()) {
                    case "True" -> {
                        p++;
                        return new BoolLit(t.start(), t.end(), true);
                    }
                    case "False" -> {
                        p++;
                        return new BoolLit(t.start(), t.end(), false);
                    }
                    case "None" -> {
                        p++;
                        return new NoneLit(t.start(), t.end());
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax();
                        }
                        p++;
                        return new Name(t.start(), t.end(), t.text());
                    }
                }
            }
            case NUMBER -> {
                p++;
                if (t.value() instanceof Double d) {
                    return new FloatLit(t.start(), t.end(), d);
                }
                return new IntLit(t.start(), t.end(), t.value());
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return inBrackets(10, this::parenthesized);
                    }
                    case "[" -> {
                        return inBrackets(11, this::listDisplay);
                    }
                    case "{" -> {
                        return inBrackets(11, this::dictOrSetDisplay);
                    }
                    case "..." -> {
                        p++;
                        return new EllipsisLit(t.start(), t.end());
                    }
                    default -> throw invalidSyntax();
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr strings() {
        int start = peek().start();
        List<PyToken> parts = new ArrayList<>();
        boolean anyF = false;
        while (peek().kind() == PyTokenKind.STRING) {
            PyToken t = advance();
            parts.add(t);
            anyF |= ((PyToken.StringLiteral) t.value()).fString();
        }
        int end = prevEnd();
        if (!anyF) {
            if (parts.size() == 1) {
                return new StrLit(start, end, ((PyToken.StringLiteral) parts.get(0).value()).decoded());
            }
            StringBuilder sb = new StringBuilder();
            for (PyToken t : parts) {
                sb.append(((PyToken.StringLiteral) t.value()).decoded());
            }
            return new StrLit(start, end, sb.toString());
        }
        PyFStringBuilder builder = new PyFStringBuilder();
        for (PyToken t : parts) {
            PyToken.StringLiteral lit = (PyToken.StringLiteral) t.value();
            if (lit.fString()) {
                new PyFStringParser(this, t, lit).parseInto(builder);
            } else {
                builder.addLiteral(lit.decoded(), t.start(), t.end());
            }
        }
        return new JoinedStr(start, end, builder.values());
    }

    /** Parses the expression of an f-string replacement field, {@code [from, to)} of the source. */
    Expr parseFieldExpression(int from, int to) {
        PyParser sub = new PyParser(source, from, to);
        try {
            Expr e = sub.atKeyword("yield") ? sub.yieldExpr() : sub.starExpressions();
            if (sub.peek().kind() != PyTokenKind.ENDMARKER) {
                throw sub.invalidSyntax();
            }
            return e;
        } catch (PySyntaxError e) {
            throw relocateFieldError(e, from, to);
        }
    }

    /** CPython 3.11 reports errors inside a replacement field against the text "(expr)". */
    private PySyntaxError relocateFieldError(PySyntaxError e, int from, int to) {
        String msg = e.getMessage().startsWith("f-string") ? e.getMessage() : "f-string: " + e.getMessage();
        String text = "(" + code.substring(from, to) + ")";
        int col = e.getOffset() - from + 2;
        int endCol = e.getEndLine() == e.getLine() ? col + (e.getEndColumn() - e.getColumn()) : -1;
        if (text.indexOf('\n') >= 0) {
            return new PySyntaxError("SyntaxError", msg, e.getLine(), e.getColumn(), e.getEndLine(), e.getEndColumn(), e.getOffset(), e.getLineText());
        }
        return new PySyntaxError("SyntaxError", msg, e.getLine(), col, e.getLine(), endCol, e.getOffset(), text);
    }

    private Expr parenthesized() {
        PyToken open = advance();
        if (atOp(")")) {
            p++;
            return new TupleExpr(open.start(), prevEnd(), new ArrayList<>());
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpr();
            expectOp(")");
            return y;
        }
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            checkNotStarredInComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp(")");
            return new GeneratorExp(open.start(), prevEnd(), first, gens);
        }
        if (atOp(")")) {
            p++;
            if (first instanceof Starred) {
                throw errorAt("cannot use starred expression here", first);
            }
            return first;
        }
        if (!atOp(",")) {
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp(")")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expectOp(")");
        return new TupleExpr(open.start(), prevEnd(), elts);
    }

    private Expr listDisplay() {
        PyToken open = advance();
        List<Expr> elts = new ArrayList<>();
        if (acceptOp("]")) {
            return new ListExpr(open.start(), prevEnd(), elts);
        }
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            checkNotStarredInComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp("]");
            return new ListComp(open.start(), prevEnd(), first, gens);
        }
        elts.add(first);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expectOp("]");
        return new ListExpr(open.start(), prevEnd(), elts);
    }

    private Expr dictOrSetDisplay() {
        PyToken open = advance();
        if (acceptOp("}")) {
            return new DictExpr(open.start(), prevEnd(), new ArrayList<>(), new ArrayList<>());
        }
        if (atOp("**")) {
            int save = p;
            PyToken stars = advance();
            Expr value = bitwiseOr();
            if (atKeyword("for") || atKeyword("async")) {
                throw error("dict unpacking cannot be used in dict comprehension", stars.start(), stars.end());
            }
            p = save;
            return dictDisplay(open, null, null);
        }
        Expr first = starNamedExpression();
        if (atOp(":") && !(first instanceof Starred)) {
            PyToken colon = advance();
            if (atOp(",") || atOp("}")) {
                throw error("expression expected after dictionary key and ':'", colon.start(), colon.end());
            }
            Expr value = expression();
            if (atKeyword("for") || atKeyword("async")) {
                List<Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new DictComp(open.start(), prevEnd(), first, value, gens);
            }
            return dictDisplay(open, first, value);
        }
        if (atKeyword("for") || atKeyword("async")) {
            checkNotStarredInComprehension(first);
            List<Comprehension> gens = comprehensionClauses();
            expectOp("}");
            return new SetComp(open.start(), prevEnd(), first, gens);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expectOp("}");
        return new SetExpr(open.start(), prevEnd(), elts);
    }

    private Expr dictDisplay(PyToken open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (firstKey != null) {
            keys.add(firstKey);
            values.add(firstValue);
            if (!acceptOp(",")) {
                expectOp("}");
                return new DictExpr(open.start(), prevEnd(), keys, values);
            }
        }
        while (!atOp("}")) {
            if (acceptOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!atOp(":")) {
                    if (atOp(",") || atOp("}")) {
                        throw errorAt("':' expected after dictionary key", k);
                    }
                    throw invalidSyntax();
                }
                PyToken colon = advance();
                if (atOp(",") || atOp("}")) {
                    throw error("expression expected after dictionary key and ':'", colon.start(), colon.end());
                }
                keys.add(k);
                values.add(expression());
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp("}");
        return new DictExpr(open.start(), prevEnd(), keys, values);
    }

    private void checkNotStarredInComprehension(Expr elt) {
        if (elt instanceof Starred) {
            throw errorAt("iterable unpacking cannot be used in comprehension", elt);
        }
    }

    private List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (atKeyword("for") || atKeyword("async")) {
            if (atKeyword("async")) {
                throw error("asynchronous comprehensions are not supported by pyjit", peek().start(), peek().end());
            }
            int start = advance().start();
            int targetStart = p;
            Expr target = starTargets();
            if (!atKeyword("in")) {
                throw missingIn(targetStart);
            }
            p++;
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                p++;
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(start, prevEnd(), target, iter, ifs));
        }
        return gens;
    }

    private Expr yieldExpr() {
        PyToken kw = advance();
        if (acceptKeyword("from")) {
            Expr value = expression();
            return new YieldFrom(kw.start(), prevEnd(), value);
        }
        if (startsExpression(peek()) || atOp("*")) {
            Expr value = starExpressions();
            return new Yield(kw.start(), prevEnd(), value);
        }
        return new Yield(kw.start(), kw.end(), null);
    }
}
