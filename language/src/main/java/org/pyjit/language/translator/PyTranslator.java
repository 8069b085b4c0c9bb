package org.pyjit.language.translator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.jit.StatementRegions;
import org.pyjit.language.nodes.jit.PyStatementJitNode;
import org.pyjit.language.nodes.PyBlockNode;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyFunctionBodyNode;
import org.pyjit.language.nodes.PyLineNode;
import org.pyjit.language.nodes.PyModuleRootNode;
import org.pyjit.language.nodes.PyRootNode;
import org.pyjit.language.nodes.PySourceNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.call.PyArgumentsNode;
import org.pyjit.language.nodes.call.PyCallNode;
import org.pyjit.language.nodes.call.PyClassDefNode;
import org.pyjit.language.nodes.call.PyDecoratedNode;
import org.pyjit.language.nodes.call.PyFrameLocalsNode;
import org.pyjit.language.nodes.call.PyGeneratorConsumerNode;
import org.pyjit.language.nodes.call.PyMakeFunctionNode;
import org.pyjit.language.nodes.call.PyMethodCallNode;
import org.pyjit.language.nodes.call.PyTemporaryResult;
import org.pyjit.language.nodes.controlflow.*;
import org.pyjit.language.nodes.expression.*;
import org.pyjit.language.nodes.generator.*;
import org.pyjit.language.nodes.local.*;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAst.*;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.parser.PyYields;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyFrameLayout;
import org.pyjit.language.runtime.PyFrameLocals;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyGlobals;
import org.pyjit.language.runtime.PyNone;

/** Turns a module's syntax tree into Truffle nodes: one root per module, def, lambda, comprehension and class body. */
public final class PyTranslator {
    private final PyLanguage language;
    private final Source source;
    private final String fileName;
    private final PyGlobals globals;
    private IdentityHashMap<PyAst.Node, PyScope> scopes;

    /** The function being translated: its scope and frame layout. */
    private static final class Frame {
        final PyScope scope;
        final FrameDescriptor.Builder descriptor = FrameDescriptor.newBuilder();
        final Map<String, Integer> localSlots = new HashMap<>();
        final Map<String, Integer> cellSlots = new HashMap<>();
        int generatorSlot = -1;
        /** The line a traceback shows for what is being translated: its statement's, or its expression's. */
        int line;
        /** While a generator's simple statement with yields in its expressions is translated: their offsets ({@link #statement}). */
        List<Integer> resumeYields;
        /** ... and the slots of its PyResumeValueNodes. */
        List<Integer> resumeSlots;
        /** The locals holding generators only this function reaches ({@link PyGeneratorLocals}). */
        Set<String> generatorLocals = Set.of();
        /**
         * The module globals this function's own code reads, by name: tier 2 checks through them that
         * a builtin a loop calls is not shadowed. Shared by the function's loops; complete once the
         * function is translated, long before a loop gets hot.
         */
        final Map<String, PyGlobalCell> globalReads = new HashMap<>();
        /** What the function's loops pass tier 2: the reads above, and at module level the module's globals. */
        final LoopGlobals loopGlobals;
        /** The parameters in CPython's order (keyword-only ones before *args), for locals(); null: the scope's. */
        List<String> varnamesParams;
        /** The slot where a function that calls locals() by name keeps the dict it returns ({@link PyFrameLocals}), or -1. */
        int localsDictSlot = -1;

        Frame(PyScope scope, PyGlobals module) {
            this.scope = scope;
            this.loopGlobals = new LoopGlobals(globalReads, module);
        }

        /**
         * The frame descriptor, carrying where the Python variables live ({@link PyFrameLayout}, for
         * locals() and debuggers) in CPython's order: the parameters, the other locals in order of
         * first use (the order their slots were made in), then the cell and the free variables, each
         * sorted by name. The translator's own slots (temporaries, generator state) are not variables.
         */
        FrameDescriptor build(PyFrameLayout.Kind kind, PyGlobals module) {
            List<String> names = new ArrayList<>();
            List<Integer> places = new ArrayList<>();
            if (kind == PyFrameLayout.Kind.FUNCTION) {
                List<String> params = varnamesParams != null ? varnamesParams : scope.params;
                for (String p : params) {
                    Integer place = scope.cellVars.contains(p) ? cellSlots.get(p) : localSlots.get(p);
                    if (place != null) {
                        names.add(p);
                        places.add(place);
                    }
                }
                localSlots.entrySet().stream().filter(e -> !params.contains(e.getKey())).sorted(Map.Entry.comparingByValue()).forEach(e -> {
                    names.add(e.getKey());
                    places.add(e.getValue());
                });
                scope.cellVars.stream().filter(n -> !params.contains(n) && cellSlots.containsKey(n)).sorted().forEach(n -> {
                    names.add(n);
                    places.add(cellSlots.get(n));
                });
                scope.freeVars.stream().sorted().forEach(n -> {
                    names.add(n);
                    places.add(-1 - scope.freeVars.indexOf(n));
                });
            }
            descriptor.info(new PyFrameLayout(kind, names.toArray(new String[0]), places.stream().mapToInt(Integer::intValue).toArray(), module, localsDictSlot));
            return descriptor.build();
        }

        int newTemp(String name) {
            return descriptor.addSlot(FrameSlotKind.Illegal, name, null);
        }

        /**
         * A slot of a generator's own bookkeeping (resume states, suspended iterators): static, so
         * that it is read and written without the type tag checks of a local, which cost a quarter
         * of a generator's resumption in the interpreter.
         */
        int newStateSlot(String name) {
            return descriptor.addSlot(FrameSlotKind.Static, name, null);
        }
    }

    private Frame frame;

    public PyTranslator(PyLanguage language, Source source, String fileName, PyGlobals globals) {
        this.language = language;
        this.source = source;
        this.fileName = fileName;
        this.globals = globals;
    }

    public RootCallTarget translateModule(PyAst.Module module) {
        scopes = PyScopeAnalyzer.analyze(module);
        frame = new Frame(scopes.get(module), globals);
        frame.line = 1;
        PyStatementNode body = block(module.body());
        PyFunctionBodyNode bodyNode = new PyFunctionBodyNode(body);
        bodyNode.setSourceRange(0, source.getLength());
        PyModuleRootNode root = new PyModuleRootNode(language, frame.build(PyFrameLayout.Kind.MODULE, globals), bodyNode, fileName,
                        source.createSection(0, source.getLength()));
        return root.getCallTarget();
    }

    // ------------------------------------------------------------------------------------ helpers

    /** The docstring of a module, class or function body: a string literal as its first statement, or null. */
    public static String docstring(List<PyAst.Stmt> body) {
        return !body.isEmpty() && body.get(0) instanceof PyAst.ExprStmt e && e.value() instanceof PyAst.StrLit s ? s.value() : null;
    }

    private <T extends PySourceNode> T at(T node, PyAst.Node ast) {
        if (ast != null) {
            node.setSourceRange(ast.start(), Math.max(0, ast.end() - ast.start()));
            if (node instanceof PyStatementNode s) {
                s.setLine(line(ast.start()));
            }
        }
        return node;
    }

    private int line(int offset) {
        if (source.getLength() == 0) {
            return 1;
        }
        return source.getLineNumber(Math.min(Math.max(offset, 0), source.getLength() - 1));
    }

    private SourceSection section(PyAst.Node ast) {
        int start = Math.min(ast.start(), source.getLength());
        int len = Math.max(0, Math.min(ast.end(), source.getLength()) - start);
        return source.createSection(start, len);
    }

    private boolean inGenerator() {
        return frame.scope.isGenerator;
    }

    private PyStatementNode block(List<Stmt> stmts) {
        PyStatementNode[] nodes = new PyStatementNode[stmts.size()];
        int[] lines = new int[stmts.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = statement(stmts.get(i));
            lines[i] = line(stmts.get(i).start());
        }
        if (inGenerator() && PyYields.anyYield(stmts)) {
            return new PyGenBlockNode(nodes, lines, frame.newStateSlot("<block-state>"));
        }
        return new PyBlockNode(nodes, lines);
    }

    private PyStatementNode optionalBlock(List<Stmt> stmts) {
        return stmts == null || stmts.isEmpty() ? null : block(stmts);
    }

    // ------------------------------------------------------------------------------------ names

    private int localSlot(String name) {
        return frame.localSlots.computeIfAbsent(name, n -> frame.descriptor.addSlot(FrameSlotKind.Illegal, n, null));
    }

    private PyCellAccess cellAccess(String name) {
        Integer slot = frame.cellSlots.get(name);
        if (slot != null) {
            return new PyCellAccess(false, slot);
        }
        int idx = frame.scope.freeVars.indexOf(name);
        if (idx < 0) {
            throw new IllegalStateException("no cell for " + name + " in " + frame.scope.qualName);
        }
        return new PyCellAccess(true, idx);
    }

    private PyScope.Access access(String name) {
        PyScope.Access a = frame.scope.access(name);
        if (a == PyScope.Access.CELL && !frame.cellSlots.containsKey(name)) {
            frame.cellSlots.put(name, frame.descriptor.addSlot(FrameSlotKind.Object, name, null));
        }
        return a;
    }

    private PyExpressionNode readName(String name) {
        switch (access(name)) {
            case LOCAL:
                return PyReadLocalNode.create(localSlot(name), name, frame.scope.concatTargets.contains(name));
            case CELL:
            case FREE:
                return new PyReadCellNode(cellAccess(name), name);
            case CLASS_NAME:
                return new PyReadClassNameNode(name, globals.getCell(name));
            default:
                return new PyReadGlobalNode(readGlobal(name));
        }
    }

    private PyGlobalCell readGlobal(String name) {
        return frame.globalReads.computeIfAbsent(name, globals::getCell);
    }

    private PyTargetNode nameTarget(String name) {
        switch (access(name)) {
            case LOCAL:
                return new PyLocalTargetNode(localSlot(name));
            case CELL:
            case FREE:
                return new PyCellTargetNode(cellAccess(name));
            case CLASS_NAME:
                return new PyClassNameTargetNode(name);
            default:
                return new PyGlobalTargetNode(globals.getCell(name));
        }
    }

    private PyTargetNode target(Expr e) {
        if (e instanceof Name n) {
            return nameTarget(n.id());
        } else if (e instanceof Attribute a) {
            return new PyAttributeTargetNode(expr(a.value()), a.attr());
        } else if (e instanceof Subscript s) {
            return new PySubscriptTargetNode(expr(s.value()), subscriptKey(s.slice()));
        } else if (e instanceof TupleExpr t) {
            return unpackTarget(t.elts());
        } else if (e instanceof ListExpr l) {
            return unpackTarget(l.elts());
        } else if (e instanceof Starred s) {
            return target(s.value());
        }
        throw new IllegalStateException("cannot assign to " + e.getClass().getSimpleName());
    }

    private PyTargetNode unpackTarget(List<Expr> elts) {
        PyTargetNode[] targets = new PyTargetNode[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            if (elts.get(i) instanceof Starred) {
                star = i;
            }
            targets[i] = target(elts.get(i));
        }
        return new PyUnpackTargetNode(targets, star);
    }

    // ------------------------------------------------------------------------------------ statements

    private PyStatementNode statement(Stmt s) {
        int outer = frame.line;
        frame.line = line(s.start());
        try {
            List<Integer> yields = frame.scope.isGenerator ? innerYields(s) : List.of();
            String producer = frame.scope.isGenerator ? null : StatementRegions.producer(s);
            if (producer != null) {
                return at(new PyStatementJitNode(at(statementNode(s), s), frame.loopGlobals, producer), s);
            }
            if (yields.isEmpty()) {
                return at(statementNode(s), s);
            }
            // Operands evaluated before a yield of this statement keep their values across it.
            frame.resumeYields = yields;
            frame.resumeSlots = new ArrayList<>();
            PyStatementNode node = at(statementNode(s), s);
            int[] slots = frame.resumeSlots.stream().mapToInt(Integer::intValue).toArray();
            return slots.length == 0 ? node : at(new PyResumeStatementNode(node, slots), s);
        } finally {
            frame.resumeYields = null;
            frame.resumeSlots = null;
            frame.line = outer;
        }
    }

    /**
     * The start offsets of the yields inside the expressions of a simple statement, which a
     * resumption re-runs up to the yield (compound statements resume by their own state).
     */
    private static List<Integer> innerYields(Stmt s) {
        if (!(s instanceof ExprStmt || s instanceof Assign || s instanceof AugAssign || s instanceof AnnAssign || s instanceof Return)) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        collectYields(s, starts);
        return starts;
    }

    private static void collectYields(PyAst.Node node, List<Integer> starts) {
        if (node instanceof Yield || node instanceof YieldFrom) {
            starts.add(node.start());
        }
        if (node instanceof FunctionDef || node instanceof Lambda || node instanceof ClassDef || node instanceof ListComp || node instanceof SetComp ||
                        node instanceof DictComp || node instanceof GeneratorExp) {
            return;
        }
        PyAstChildren.forEach(node, c -> collectYields(c, starts));
    }

    /** Whether {@code e} ends before a yield of the statement being translated (see {@link #statement}). */
    private boolean precedesYield(Expr e) {
        if (frame.resumeYields == null) {
            return false;
        }
        for (int start : frame.resumeYields) {
            if (e.end() <= start) {
                return true;
            }
        }
        return false;
    }

    private PyStatementNode statementNode(Stmt s) {
        // instanceof tests, not a pattern switch: see PyAstChildren.
        if (s instanceof ExprStmt e) {
            return new PyExprStmtNode(expr(e.value()));
        } else if (s instanceof Assign a) {
            return assign(a.targets(), a.value());
        } else if (s instanceof If i) {
            if (inGenerator() && PyYields.containsYield(i)) {
                return new PyGenIfNode(expr(i.test()), block(i.body()), optionalBlock(i.orelse()), frame.newStateSlot("<if-state>"));
            }
            return new PyIfNode(expr(i.test()), block(i.body()), optionalBlock(i.orelse()));
        } else if (s instanceof Return r) {
            return new PyReturnNode(r.value() == null ? null : expr(r.value()));
        } else if (s instanceof AugAssign a) {
            return augAssign(a);
        } else if (s instanceof For f) {
            return forLoop(f);
        } else if (s instanceof AnnAssign a) {
            if (a.value() == null) {
                return new PyPassNode();
            }
            return assign(List.of(a.target()), a.value());
        } else if (s instanceof While w) {
            if (inGenerator() && PyYields.containsYield(w)) {
                return new PyGenWhileNode(expr(w.test()), block(w.body()), optionalBlock(w.orelse()), frame.newStateSlot("<while-state>"));
            }
            return new PyWhileNode(expr(w.test()), block(w.body()), optionalBlock(w.orelse()), frame.loopGlobals);
        } else if (s instanceof Break) {
            return new PyBreakNode();
        } else if (s instanceof Continue) {
            return new PyContinueNode();
        } else if (s instanceof Pass || s instanceof Global || s instanceof Nonlocal) {
            return new PyPassNode();
        } else if (s instanceof FunctionDef f) {
            return new PyAssignNode(decorated(f.decoratorList(), functionDef(f)), new PyTargetNode[]{nameTarget(frame.scope.mangle(f.name()))});
        } else if (s instanceof ClassDef c) {
            return new PyAssignNode(decorated(c.decoratorList(), classDef(c)), new PyTargetNode[]{nameTarget(frame.scope.mangle(c.name()))});
        } else if (s instanceof Try t) {
            return tryStmt(t);
        } else if (s instanceof Raise r) {
            return new PyRaiseNode(r.exc() == null ? null : expr(r.exc()), r.cause() == null ? null : expr(r.cause()));
        } else if (s instanceof Assert a) {
            return new PyAssertNode(expr(a.test()), a.msg() == null ? null : expr(a.msg()));
        } else if (s instanceof Delete d) {
            return delete(d);
        } else if (s instanceof With w) {
            return with(w, 0);
        } else if (s instanceof Import i) {
            return importStmt(i);
        } else if (s instanceof ImportFrom i) {
            return importFrom(i);
        }
        throw new IllegalStateException("unexpected " + s.getClass().getSimpleName());
    }

    private PyStatementNode assign(List<Expr> targets, Expr value) {
        if (targets.size() == 1 && targets.get(0) instanceof Name n && access(n.id()) == PyScope.Access.LOCAL) {
            if (frame.generatorLocals.contains(n.id())) {
                int slot = localSlot(n.id());
                return new PyRebindGeneratorLocalNode(PyWriteLocalNode.create(slot, temporaries(expr(value))), slot);
            }
            int slot = localSlot(n.id());
            if (isConcatToItself(n, value)) {
                return PyWriteLocalNode.create(slot, new PyConcatLocalNode(slot, expr(value), expr(((BinOp) value).right())));
            }
            return PyWriteLocalNode.create(slot, expr(value));
        }
        if (targets.size() == 1 && parallelElements(targets.get(0)) instanceof List<Expr> names && parallelElements(value) instanceof List<Expr> values &&
                        names.size() == values.size() && !PyYields.containsYield(value)) {
            PyExpressionNode[] vs = new PyExpressionNode[values.size()];
            PyTargetNode[] ts = new PyTargetNode[names.size()];
            // all values first, then the targets: the order every other assignment is translated in
            for (int i = 0; i < vs.length; i++) {
                vs[i] = expr(values.get(i));
            }
            for (int i = 0; i < ts.length; i++) {
                ts[i] = target(names.get(i));
            }
            return new PyParallelAssignNode(vs, ts);
        }
        PyExpressionNode v = expr(value);
        PyTargetNode[] ts = new PyTargetNode[targets.size()];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = target(targets.get(i));
        }
        return new PyAssignNode(v, ts);
    }

    /** {@code x = x + piece}, where the piece can be translated twice. */
    static boolean isConcatToItself(Name target, Expr value) {
        return value instanceof BinOp b && b.op() == BinOpKind.ADD && b.left() instanceof Name l && l.id().equals(target.id()) && isPlainOperand(b.right());
    }

    /** The items of a tuple or list display of at least two items and no starred one, else null. */
    private static List<Expr> parallelElements(Expr e) {
        List<Expr> elts = e instanceof TupleExpr t ? t.elts() : e instanceof ListExpr l ? l.elts() : null;
        if (elts == null || elts.size() < 2) {
            return null;
        }
        for (Expr item : elts) {
            if (item instanceof Starred) {
                return null;
            }
        }
        return elts;
    }

    /** An operand that can be translated twice harmlessly: no nested scopes, yields or assignments. */
    private static boolean isPlainOperand(PyAst.Node node) {
        if (node instanceof Yield || node instanceof YieldFrom || node instanceof Lambda || node instanceof ListComp || node instanceof SetComp ||
                        node instanceof DictComp || node instanceof GeneratorExp || node instanceof NamedExpr) {
            return false;
        }
        boolean[] plain = {true};
        PyAstChildren.forEach(node, c -> {
            if (plain[0] && !isPlainOperand(c)) {
                plain[0] = false;
            }
        });
        return plain[0];
    }

    private PyStatementNode augAssign(AugAssign a) {
        PyBinaryNode op = binary(a.op(), null, null).asAugmented();
        PyExpressionNode value = expr(a.value());
        if (a.target() instanceof Name n && access(n.id()) == PyScope.Access.LOCAL && isPlainOperand(a.value())) {
            int slot = localSlot(n.id());
            PyBinaryNode fast = binary(a.op(), readName(n.id()), value).asAugmented();
            PyInplaceLocalNode v = new PyInplaceLocalNode(a.op(), slot, fast, readName(n.id()), expr(a.value()));
            return PyWriteLocalNode.create(slot, v);
        }
        if (a.target() instanceof Name n) {
            return PyAugAssignNode.forName(a.op(), op, value, readName(n.id()), nameTarget(n.id()));
        } else if (a.target() instanceof Attribute at) {
            return PyAugAssignNode.forAttribute(a.op(), op, value, expr(at.value()), at.attr());
        } else if (a.target() instanceof Subscript s) {
            return PyAugAssignNode.forSubscript(a.op(), op, value, expr(s.value()), subscriptKey(s.slice()));
        }
        throw new IllegalStateException("bad augmented assignment target");
    }

    private PyStatementNode forLoop(For f) {
        if (inGenerator() && PyYields.containsYield(f)) {
            return new PyGenForNode(temporaries(expr(f.iter())), target(f.target()), block(f.body()), optionalBlock(f.orelse()), frame.newStateSlot("<for-state>"),
                            frame.newStateSlot("<for-iter>"), isTemporary(f.iter()));
        }
        PyExpressionNode iter = temporaries(expr(f.iter()));
        PyTargetNode t = target(f.target());
        int counter = frame.newTemp("<for-counter>");
        int remaining = frame.newTemp("<for-remaining>");
        int step = frame.newTemp("<for-step>");
        int iterator = frame.newTemp("<for-iter>");
        return new PyForNode(iter, t, block(f.body()), optionalBlock(f.orelse()), counter, remaining, step, iterator, isTemporary(f.iter()),
                        frame.loopGlobals);
    }

    /** A value only the loop over it may hold, as far as CPython's reference counts go (a call's or a generator expression's). */
    private static boolean isTemporary(Expr iterable) {
        return iterable instanceof Call || iterable instanceof GeneratorExp;
    }

    private PyStatementNode tryStmt(Try t) {
        PyExceptHandlerNode[] handlers = new PyExceptHandlerNode[t.handlers().size()];
        for (int i = 0; i < handlers.length; i++) {
            ExceptHandler h = t.handlers().get(i);
            handlers[i] = new PyExceptHandlerNode(h.type() == null ? null : expr(h.type()), h.name() == null ? null : nameTarget(h.name()), block(h.body()));
        }
        boolean resumable = inGenerator() && PyYields.containsYield(t);
        int stateSlot = resumable ? frame.newStateSlot("<try-state>") : -1;
        int handledSlot = resumable ? frame.newStateSlot("<try-handled>") : -1;
        return new PyTryNode(block(t.body()), handlers, optionalBlock(t.orelse()), optionalBlock(t.finalbody()), fileName, frame.scope.name, stateSlot,
                        handledSlot);
    }

    private PyStatementNode delete(Delete d) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (Expr e : d.targets()) {
            addDeletes(e, nodes);
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        int[] lines = new int[nodes.size()];
        java.util.Arrays.fill(lines, line(d.start()));
        return new PyBlockNode(nodes.toArray(new PyStatementNode[0]), lines);
    }

    private void addDeletes(Expr e, List<PyStatementNode> out) {
        if (e instanceof Name n) {
            switch (access(n.id())) {
                case LOCAL -> out.add(new PyDeleteNameNode(PyDeleteNameNode.Kind.LOCAL, n.id(), localSlot(n.id()), null, null));
                case CELL, FREE -> out.add(new PyDeleteNameNode(PyDeleteNameNode.Kind.CELL, n.id(), -1, cellAccess(n.id()), null));
                case CLASS_NAME -> out.add(new PyDeleteNameNode(PyDeleteNameNode.Kind.CLASS, n.id(), -1, null, null));
                default -> out.add(new PyDeleteNameNode(PyDeleteNameNode.Kind.GLOBAL, n.id(), -1, null, globals.getCell(n.id())));
            }
        } else if (e instanceof Subscript s) {
            out.add(new PyDeleteNode(expr(s.value()), subscriptKey(s.slice()), null));
        } else if (e instanceof Attribute a) {
            out.add(new PyDeleteNode(expr(a.value()), null, a.attr()));
        } else if (e instanceof TupleExpr t) {
            t.elts().forEach(x -> addDeletes(x, out));
        } else if (e instanceof ListExpr t) {
            t.elts().forEach(x -> addDeletes(x, out));
        } else {
            throw new IllegalStateException("cannot delete " + e.getClass().getSimpleName());
        }
    }

    private PyStatementNode with(With w, int index) {
        WithItem item = w.items().get(index);
        PyStatementNode body = index + 1 < w.items().size() ? at(with(w, index + 1), w) : block(w.body());
        boolean resumable = inGenerator() && PyYields.anyYield(w.body());
        int stateSlot = resumable ? frame.newStateSlot("<with-state>") : -1;
        int managerSlot = resumable ? frame.newStateSlot("<with-manager>") : -1;
        return new PyWithNode(expr(item.contextExpr()), item.optionalVars() == null ? null : target(item.optionalVars()), body, fileName, frame.scope.name,
                        stateSlot, managerSlot);
    }

    private PyStatementNode importStmt(Import i) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (Alias a : i.names()) {
            String bind = a.asname() != null ? a.asname() : frame.scope.mangle(a.name().split("\\.")[0]);
            String module = a.asname() != null ? a.name() : a.name().split("\\.")[0];
            nodes.add(at(new PyImportNode(module, null, new PyTargetNode[]{nameTarget(bind)}), a));
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        int[] lines = new int[nodes.size()];
        java.util.Arrays.fill(lines, line(i.start()));
        return new PyBlockNode(nodes.toArray(new PyStatementNode[0]), lines);
    }

    private PyStatementNode importFrom(ImportFrom i) {
        if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
            // Only at module level (PyScopeChecker): the names become globals.
            return new PyStarImportNode(i.module(), i.level(), globals);
        }
        String[] names = new String[i.names().size()];
        PyTargetNode[] targets = new PyTargetNode[names.length];
        for (int k = 0; k < names.length; k++) {
            Alias a = i.names().get(k);
            names[k] = a.name();
            targets[k] = nameTarget(a.asname() != null ? a.asname() : a.name());
        }
        return new PyImportNode(i.module(), i.level(), names, targets);
    }

    // ------------------------------------------------------------------------------------ functions and classes

    private PyExpressionNode decorated(List<Expr> decorators, PyExpressionNode value) {
        if (decorators.isEmpty()) {
            return value;
        }
        PyExpressionNode[] ds = new PyExpressionNode[decorators.size()];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = expr(decorators.get(i));
        }
        return new PyDecoratedNode(ds, value);
    }

    private PyExpressionNode functionDef(FunctionDef f) {
        return makeFunction(f, f.args(), f.body(), null);
    }

    /** Creates the code object for a def or lambda (lambdaBody != null) and the node that makes the function. */
    private PyMakeFunctionNode makeFunction(PyAst.Node node, Arguments args, List<Stmt> body, Expr lambdaBody) {
        PyExpressionNode[] defaults = new PyExpressionNode[args.defaults().size()];
        for (int i = 0; i < defaults.length; i++) {
            defaults[i] = expr(args.defaults().get(i));
        }
        PyExpressionNode[] kwDefaults = new PyExpressionNode[args.kwonlyargs().size()];
        for (int i = 0; i < kwDefaults.length; i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            kwDefaults[i] = d == null ? null : expr(d);
        }
        PyScope scope = scopes.get(node);
        List<String> argNames = new ArrayList<>();
        args.posonlyargs().forEach(a -> argNames.add(a.arg()));
        args.args().forEach(a -> argNames.add(a.arg()));
        String[] kwOnly = args.kwonlyargs().stream().map(Arg::arg).toArray(String[]::new);
        PyCode code = new PyCode(scope.name, scope.qualName, fileName, line(node.start()), argNames.toArray(new String[0]), args.posonlyargs().size(), kwOnly,
                        args.vararg() != null, args.kwarg() != null, scope.isGenerator);
        code.setFreeVarNames(scope.freeVars.toArray(new String[0]));
        if (lambdaBody == null) {
            code.setDoc(docstring(body));
        }
        Frame outer = frame;
        frame = new Frame(scope, null);
        frame.line = line(node.start());
        frame.varnamesParams = new ArrayList<>(argNames);
        frame.varnamesParams.addAll(List.of(kwOnly));
        if (args.vararg() != null) {
            frame.varnamesParams.add(args.vararg().arg());
        }
        if (args.kwarg() != null) {
            frame.varnamesParams.add(args.kwarg().arg());
        }
        try {
            if (lambdaBody == null && !scope.isGenerator) {
                frame.generatorLocals = PyGeneratorLocals.of(body, n -> scope.access(n) == PyScope.Access.LOCAL && !scope.params.contains(n), isBuiltinNext(scope));
            }
            List<PyStatementNode> prologue = prologue(scope);
            PyStatementNode bodyNode;
            if (lambdaBody != null) {
                PyExpressionNode value = expr(lambdaBody);
                bodyNode = at(scope.isGenerator ? new PyExprStmtNode(value) : new PyReturnNode(value), lambdaBody);
            } else {
                bodyNode = block(body);
            }
            code.setCallTarget(finishFunction(scope, node, prologue, bodyNode));
        } finally {
            frame = outer;
        }
        return at(new PyMakeFunctionNode(code, globals, defaults, kwDefaults, closure(scope)), node);
    }

    private PyCellAccess[] closure(PyScope child) {
        PyCellAccess[] cells = new PyCellAccess[child.freeVars.size()];
        for (int i = 0; i < cells.length; i++) {
            String n = child.freeVars.get(i);
            if (frame.scope.cellVars.contains(n)) {
                access(n);
                if (!frame.cellSlots.containsKey(n)) {
                    frame.cellSlots.put(n, frame.descriptor.addSlot(FrameSlotKind.Object, n, null));
                }
            }
            cells[i] = cellAccess(n);
        }
        return cells;
    }

    /** Parameter binding: copies arguments into local slots or new cells; creates the other cells. */
    private List<PyStatementNode> prologue(PyScope scope) {
        List<PyStatementNode> nodes = new ArrayList<>();
        for (String cell : scope.cellVars) {
            frame.cellSlots.put(cell, frame.descriptor.addSlot(FrameSlotKind.Object, cell, null));
        }
        for (int i = 0; i < scope.params.size(); i++) {
            String p = scope.params.get(i);
            if (scope.cellVars.contains(p)) {
                continue;
            }
            nodes.add(PyWriteLocalNode.create(localSlot(p), new PyReadArgumentNode(i + 1)));
        }
        for (String cell : scope.cellVars) {
            int param = scope.params.indexOf(cell);
            nodes.add(new PyInitCellNode(frame.cellSlots.get(cell), param >= 0 ? param + 1 : -1));
        }
        if (scope.isGenerator) {
            frame.generatorSlot = frame.newStateSlot("<generator>");
        }
        return nodes;
    }

    private static PyStatementNode sequence(List<PyStatementNode> nodes, PyStatementNode last) {
        List<PyStatementNode> all = new ArrayList<>(nodes);
        if (last != null) {
            all.add(last);
        }
        int[] lines = new int[all.size()];
        java.util.Arrays.fill(lines, -1);
        return new PyBlockNode(all.toArray(new PyStatementNode[0]), lines);
    }

    private RootCallTarget finishFunction(PyScope scope, PyAst.Node node, List<PyStatementNode> prologue, PyStatementNode body) {
        return finishFunction(scope, node, prologue, body, false);
    }

    /** {@code generatorExpression}: the loop of a generator expression run without a generator. */
    private RootCallTarget finishFunction(PyScope scope, PyAst.Node node, List<PyStatementNode> prologue, PyStatementNode body, boolean generatorExpression) {
        int firstLine = line(node.start());
        SourceSection section = section(node);
        if (scope.isGenerator) {
            PyFunctionBodyNode genBody = at(new PyFunctionBodyNode(body), node);
            FrameDescriptor fd = frame.build(PyFrameLayout.Kind.FUNCTION, null);
            PyGeneratorBodyRootNode bodyRoot = new PyGeneratorBodyRootNode(language, genBody, scope.name, scope.qualName, fileName, firstLine, section,
                            (PyFrameLayout) fd.getInfo());
            PyStatementNode pro = sequence(prologue, null);
            return new PyGeneratorFunctionRootNode(language, fd, pro, bodyRoot.getCallTarget(), frame.generatorSlot, scope.name, scope.qualName, fileName, firstLine,
                            section).getCallTarget();
        }
        PyStatementNode all = sequence(prologue, body);
        if (!frame.generatorLocals.isEmpty()) {
            all = new PyDropGeneratorLocalsNode(all, frame.generatorLocals.stream().mapToInt(this::localSlot).toArray());
        }
        PyFunctionBodyNode fullBody = at(new PyFunctionBodyNode(all), node);
        return new PyRootNode(language, frame.build(PyFrameLayout.Kind.FUNCTION, null), fullBody, scope.name, scope.qualName, fileName, firstLine, section,
                        generatorExpression).getCallTarget();
    }

    /** Whether {@code next} in {@code scope} is the builtin: bound nowhere in the module, declared global nowhere. */
    private static boolean isBuiltinNext(PyScope scope) {
        if (scope.access("next") != PyScope.Access.GLOBAL) {
            return false;
        }
        PyScope module = scope;
        while (module.parent != null) {
            module = module.parent;
        }
        return !module.bound.contains("next") && !declaresGlobal(module, "next");
    }

    private static boolean declaresGlobal(PyScope scope, String name) {
        if (scope.globals.contains(name)) {
            return true;
        }
        for (PyScope child : scope.children) {
            if (declaresGlobal(child, name)) {
                return true;
            }
        }
        return false;
    }

    private PyExpressionNode classDef(ClassDef c) {
        PyExpressionNode[] bases = new PyExpressionNode[c.bases().size()];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = expr(c.bases().get(i));
        }
        // class C(Base, key=value, **mapping): names, null for a ** mapping.
        String[] keywordNames = new String[c.keywords().size()];
        PyExpressionNode[] keywordValues = new PyExpressionNode[keywordNames.length];
        for (int i = 0; i < keywordNames.length; i++) {
            keywordNames[i] = c.keywords().get(i).arg();
            keywordValues[i] = expr(c.keywords().get(i).value());
        }
        PyScope scope = scopes.get(c);
        PyCode code = new PyCode(scope.name, scope.qualName, fileName, line(c.start()), new String[0], 0, new String[0], false, false, false);
        Frame outer = frame;
        frame = new Frame(scope, null);
        frame.line = line(c.start());
        try {
            List<PyStatementNode> prologue = prologue(scope);
            PyStatementNode body = block(c.body());
            PyExpressionNode result = scope.cellVars.contains("__class__") ? new PyRawSlotNode(frame.cellSlots.get("__class__")) : new PyConstantNode(PyNone.NONE);
            List<PyStatementNode> all = new ArrayList<>(prologue);
            all.add(body);
            PyFunctionBodyNode fullBody = at(new PyFunctionBodyNode(sequence(all, new PyReturnNode(result))), c);
            code.setCallTarget(new PyRootNode(language, frame.build(PyFrameLayout.Kind.CLASS_BODY, null), fullBody, scope.name, scope.qualName, fileName,
                            line(c.start()), section(c)).getCallTarget());
        } finally {
            frame = outer;
        }
        PyMakeFunctionNode makeBody = new PyMakeFunctionNode(code, globals, new PyExpressionNode[0], new PyExpressionNode[0], closure(scope));
        return at(new PyClassDefNode(c.name(), scope.qualName, docstring(c.body()), bases, keywordNames, keywordValues, makeBody), c);
    }

    /** A comprehension or generator expression: a function of its own called with the outermost iterator. */
    private PyExpressionNode comprehension(PyAst.Node node, List<Comprehension> generators, Expr key, Expr element, PyListAppendNode.Kind kind) {
        return comprehension(node, generators, key, element, kind, null);
    }

    /**
     * {@code reduction} ({@code "sum"}, {@code "any"} or {@code "all"}, or null): the generator
     * expression as the builtin of that name consumes it, a function of its own that runs its loops
     * to the result without a generator (the call runs it when the name holds the builtin, see
     * {@link PyCallNode}): a sum adds each element to the int 0, {@code any} stops at a true element
     * and {@code all} at a false one. Tier 2 compiles these loops like a list comprehension's.
     */
    private PyExpressionNode comprehension(PyAst.Node node, List<Comprehension> generators, Expr key, Expr element, PyListAppendNode.Kind kind, String reduction) {
        PyScope scope = scopes.get(node);
        PyExpressionNode outerIterable = temporaries(expr(generators.get(0).iter()));
        boolean wasGenerator = scope.isGenerator;
        scope.isGenerator = wasGenerator && reduction == null;
        PyCode code = new PyCode(scope.name, scope.qualName, fileName, line(node.start()), new String[]{".0"}, 0, new String[0], false, false, scope.isGenerator);
        code.setFreeVarNames(scope.freeVars.toArray(new String[0]));
        Frame outer = frame;
        frame = new Frame(scope, null);
        frame.line = line(node.start());
        try {
            List<PyStatementNode> prologue = prologue(scope);
            PyStatementNode inner;
            int resultSlot = -1;
            boolean loops = kind != null || reduction != null;
            if (reduction != null) {
                resultSlot = frame.newTemp("<result>");
                PyExpressionNode value = expr(element);
                if (reduction.equals("sum")) {
                    inner = PyWriteLocalNode.create(resultSlot, binary(BinOpKind.ADD, PyReadLocalNode.create(resultSlot, "<result>"), value));
                } else {
                    boolean any = reduction.equals("any");
                    PyStatementNode decided = sequence(List.of(PyWriteLocalNode.create(resultSlot, new PyBooleanLiteralNode(any))), new PyBreakNode());
                    inner = new PyIfNode(any ? value : new PyNotNode(value), decided, null);
                }
                inner = at(inner, element);
            } else if (kind == null) {
                PyExpressionNode yieldValue = at(new PyYieldNode(expr(element), frame.newStateSlot("<yield-state>"), frame.generatorSlot), element);
                inner = at(new PyExprStmtNode(yieldValue), element);
            } else {
                resultSlot = frame.newTemp("<result>");
                inner = at(new PyListAppendNode(kind, resultSlot, key == null ? null : expr(key), expr(element)), element);
            }
            for (int i = generators.size() - 1; i >= 0; i--) {
                Comprehension g = generators.get(i);
                for (int k = g.ifs().size() - 1; k >= 0; k--) {
                    Expr cond = g.ifs().get(k);
                    if (!loops) {
                        inner = at(new PyGenIfNode(expr(cond), inner, null, frame.newStateSlot("<if-state>")), cond);
                    } else {
                        inner = at(new PyIfNode(expr(cond), inner, null), cond);
                    }
                }
                PyExpressionNode iter = i == 0 ? PyReadLocalNode.create(localSlot(".0"), ".0") : temporaries(expr(g.iter()));
                if (!loops) {
                    inner = at(new PyGenForNode(iter, target(g.target()), inner, null, frame.newStateSlot("<for-state>"), frame.newStateSlot("<for-iter>"),
                                    isTemporary(g.iter())), g);
                } else {
                    inner = at(new PyForNode(iter, target(g.target()), inner, null, frame.newTemp("<c>"), frame.newTemp("<r>"), frame.newTemp("<s>"),
                                    frame.newTemp("<i>"), isTemporary(g.iter()), frame.loopGlobals), g);
                }
            }
            PyStatementNode body;
            if (!loops) {
                body = inner;
            } else {
                List<PyStatementNode> all = new ArrayList<>();
                PyExpressionNode start = reduction == null ? new PyNewContainerNode(kind) : reduction.equals("sum") ? new PyLongLiteralNode(0)
                                : new PyBooleanLiteralNode(reduction.equals("all"));
                all.add(PyWriteLocalNode.create(resultSlot, start));
                all.add(inner);
                body = sequence(all, new PyReturnNode(PyReadLocalNode.create(resultSlot, "<result>")));
            }
            code.setCallTarget(finishFunction(scope, node, prologue, body, reduction != null));
            // Tier 2 lowers sum() and the like of a generator expression in place in the loops around it.
            outer.globalReads.putAll(frame.globalReads);
        } finally {
            frame = outer;
            scope.isGenerator = wasGenerator;
        }
        PyMakeFunctionNode make = new PyMakeFunctionNode(code, globals, new PyExpressionNode[0], new PyExpressionNode[0], closure(scope));
        return new PyCallCodeNode(make, outerIterable);
    }

    // ------------------------------------------------------------------------------------ expressions

    private PyExpressionNode expr(Expr e) {
        PyExpressionNode node = lineExpr(e);
        if (precedesYield(e)) {
            int slot = frame.newStateSlot("<resume-value>");
            frame.resumeSlots.add(slot);
            return new PyResumeValueNode(node, slot);
        }
        return node;
    }

    private PyExpressionNode lineExpr(Expr e) {
        int line = raiseLine(e);
        if (line == frame.line || e instanceof Yield || e instanceof YieldFrom) {
            return at(exprNode(e), e);
        }
        // An expression on another line than the one around it: an exception it raises is on its line.
        int outer = frame.line;
        frame.line = line;
        try {
            return at(new PyLineNode(line, at(exprNode(e), e)), e);
        } finally {
            frame.line = outer;
        }
    }

    /** CPython's line for an exception an expression raises: its first line, or for x.name and x.name(...) the name's (its last character's). */
    private int raiseLine(Expr e) {
        Expr named = e instanceof Call c ? c.func() : e;
        if (named instanceof Attribute a) {
            return line(Math.max(a.start(), a.end() - 1));
        }
        return line(e.start());
    }

    private PyExpressionNode[] exprs(List<Expr> es) {
        PyExpressionNode[] r = new PyExpressionNode[es.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = expr(es.get(i));
        }
        return r;
    }

    private PyExpressionNode exprNode(Expr e) {
        if (e instanceof Name n) {
            return readName(n.id());
        } else if (e instanceof Call c) {
            return call(c);
        } else if (e instanceof Attribute a) {
            return PyGetAttrNodeGen.create(a.attr(), expr(a.value()));
        } else if (e instanceof IntLit i) {
            return i.value() instanceof Long l ? new PyLongLiteralNode(l) : new PyConstantNode(i.value());
        } else if (e instanceof StrLit s) {
            return new PyConstantNode(s.value());
        } else if (e instanceof BinOp b) {
            return binary(b.op(), expr(b.left()), expr(b.right()));
        } else if (e instanceof Subscript s) {
            return new PySubscriptNode(expr(s.value()), subscriptKey(s.slice()));
        } else if (e instanceof Compare c) {
            return compare(c);
        } else if (e instanceof NoneLit) {
            return new PyConstantNode(PyNone.NONE);
        } else if (e instanceof BoolLit b) {
            return new PyBooleanLiteralNode(b.value());
        } else if (e instanceof TupleExpr t) {
            return display(PyTupleNode.Kind.TUPLE, t.elts());
        } else if (e instanceof FloatLit f) {
            return new PyDoubleLiteralNode(f.value());
        } else if (e instanceof UnaryOp u) {
            return unary(u);
        } else if (e instanceof EllipsisLit) {
            return new PyReadGlobalNode(readGlobal("Ellipsis"));
        } else if (e instanceof JoinedStr j) {
            return new PyFStringNode(exprs(j.values()));
        } else if (e instanceof FormattedValue f) {
            return new PyFormatValueNode(expr(f.value()), f.conversion(), f.formatSpec() == null ? null : expr(f.formatSpec()));
        } else if (e instanceof BoolOp b) {
            return new PyAndOrNode(b.isAnd(), exprs(b.values()));
        } else if (e instanceof IfExp i) {
            return new PyIfExpNode(expr(i.test()), expr(i.body()), expr(i.orelse()));
        } else if (e instanceof Lambda l) {
            return makeFunction(l, l.args(), null, l.body());
        } else if (e instanceof Slice s) {
            return slice(s);
        } else if (e instanceof Starred) {
            throw new IllegalStateException("can't use starred expression here");
        } else if (e instanceof ListExpr l) {
            return display(PyTupleNode.Kind.LIST, l.elts());
        } else if (e instanceof SetExpr s) {
            return PyConstantSetNode.createOrNull(s.elts()) instanceof PyExpressionNode folded ? folded : display(PyTupleNode.Kind.SET, s.elts());
        } else if (e instanceof DictExpr d) {
            PyExpressionNode[] keys = new PyExpressionNode[d.keys().size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = d.keys().get(i) == null ? null : expr(d.keys().get(i));
            }
            return new PyDictNode(keys, exprs(d.values()));
        } else if (e instanceof ListComp c) {
            return comprehension(c, c.generators(), null, c.elt(), PyListAppendNode.Kind.LIST);
        } else if (e instanceof SetComp c) {
            return comprehension(c, c.generators(), null, c.elt(), PyListAppendNode.Kind.SET);
        } else if (e instanceof DictComp c) {
            return comprehension(c, c.generators(), c.key(), c.value(), PyListAppendNode.Kind.DICT);
        } else if (e instanceof GeneratorExp c) {
            return comprehension(c, c.generators(), null, c.elt(), null);
        } else if (e instanceof NamedExpr n) {
            return new PyNamedExprNode(expr(n.value()), nameTarget(n.target().id()));
        } else if (e instanceof Yield y) {
            return new PyYieldNode(y.value() == null ? null : expr(y.value()), frame.newStateSlot("<yield-state>"), frame.generatorSlot);
        } else if (e instanceof YieldFrom y) {
            return new PyYieldFromNode(expr(y.value()), frame.newStateSlot("<yield-from>"), frame.generatorSlot);
        }
        throw new IllegalStateException("unexpected " + e.getClass().getSimpleName());
    }

    private PyExpressionNode subscriptKey(Expr slice) {
        if (slice instanceof TupleExpr t) {
            PyExpressionNode[] items = new PyExpressionNode[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = subscriptKey(t.elts().get(i));
            }
            return at(new PyTupleNode(PyTupleNode.Kind.TUPLE, items), t);
        }
        return expr(slice);
    }

    private PyExpressionNode slice(Slice s) {
        return new PySliceNode(s.lower() == null ? null : expr(s.lower()), s.upper() == null ? null : expr(s.upper()), s.step() == null ? null : expr(s.step()));
    }

    private PyExpressionNode display(PyTupleNode.Kind kind, List<Expr> elts) {
        boolean anyStar = false;
        boolean[] starred = new boolean[elts.size()];
        PyExpressionNode[] items = new PyExpressionNode[elts.size()];
        for (int i = 0; i < items.length; i++) {
            Expr el = elts.get(i);
            if (el instanceof Starred s) {
                starred[i] = true;
                anyStar = true;
                items[i] = expr(s.value());
            } else {
                items[i] = expr(el);
            }
        }
        return anyStar ? new PyStarredDisplayNode(kind, items, starred) : new PyTupleNode(kind, items);
    }

    static PyBinaryNode binary(BinOpKind op, PyExpressionNode l, PyExpressionNode r) {
        switch (op) {
            case ADD:
                return PyAddNodeGen.create(l, r);
            case SUB:
                return PySubNodeGen.create(l, r);
            case MUL:
                return PyMulNodeGen.create(l, r);
            case DIV:
                return PyTrueDivNodeGen.create(l, r);
            case FLOORDIV:
                return PyFloorDivNodeGen.create(l, r);
            case MOD:
                return PyModNodeGen.create(l, r);
            case POW:
                return PyPowNodeGen.create(l, r);
            case LSHIFT:
                return PyLShiftNodeGen.create(l, r);
            case RSHIFT:
                return PyRShiftNodeGen.create(l, r);
            case BITOR:
                return PyBitOrNodeGen.create(l, r);
            case BITXOR:
                return PyBitXorNodeGen.create(l, r);
            case BITAND:
                return PyBitAndNodeGen.create(l, r);
            default:
                return PyMatMulNodeGen.create(l, r);
        }
    }

    private PyExpressionNode unary(UnaryOp u) {
        PyExpressionNode operand = expr(u.operand());
        switch (u.op()) {
            case NEG:
                return PyNegNodeGen.create(operand);
            case POS:
                return PyPosNodeGen.create(operand);
            case INVERT:
                return PyInvertNodeGen.create(operand);
            default:
                return new PyNotNode(operand);
        }
    }

    private static PyExpressionNode compareOp(CmpOpKind op, PyExpressionNode l, PyExpressionNode r) {
        switch (op) {
            case EQ:
                return PyEqNodeGen.create(l, r);
            case NE:
                return PyNeNodeGen.create(l, r);
            case LT:
                return PyLtNodeGen.create(l, r);
            case LE:
                return PyLeNodeGen.create(l, r);
            case GT:
                return PyGtNodeGen.create(l, r);
            case GE:
                return PyGeNodeGen.create(l, r);
            case IS:
                return PyIdentityNodeGen.create(false, l, r);
            case IS_NOT:
                return PyIdentityNodeGen.create(true, l, r);
            case IN:
                return PyInNodeGen.create(l, r);
            default:
                return PyNotInNodeGen.create(l, r);
        }
    }

    private PyExpressionNode compare(Compare c) {
        if (c.ops().size() == 1) {
            return compareOp(c.ops().get(0), expr(c.left()), expr(c.comparators().get(0)));
        }
        PyExpressionNode[] operands = new PyExpressionNode[c.ops().size() + 1];
        operands[0] = expr(c.left());
        for (int i = 0; i < c.comparators().size(); i++) {
            operands[i + 1] = expr(c.comparators().get(i));
        }
        return new PyCompareChainNode(operands, c.ops().toArray(new CmpOpKind[0]));
    }

    private PyExpressionNode call(Call c) {
        if (c.func() instanceof Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty() && access("super") == PyScope.Access.GLOBAL &&
                        frame.scope.freeVars.contains("__class__")) {
            return new PySuperNode(cellAccess("__class__"));
        }
        if (c.func() instanceof Name n && c.args().isEmpty() && c.keywords().isEmpty() && (n.id().equals("locals") || n.id().equals("vars") || n.id().equals("dir"))) {
            // The builtin would need the caller's frame: the call computes it here when the name holds the builtin.
            if (frame.scope.kind == PyScope.Kind.FUNCTION && frame.localsDictSlot < 0) {
                frame.localsDictSlot = frame.descriptor.addSlot(FrameSlotKind.Object, "<locals>", null);
            }
            PyArgumentsNode none = new PyArgumentsNode(new PyExpressionNode[0], new byte[0], new String[0]);
            return new PyCallNode(expr(c.func()), none, false, new PyFrameLocalsNode(n.id().equals("dir")), n.id());
        }
        int count = c.args().size() + c.keywords().size();
        PyExpressionNode[] values = new PyExpressionNode[count];
        byte[] kinds = new byte[count];
        String[] names = new String[count];
        int i = 0;
        for (Expr a : c.args()) {
            if (a instanceof Starred s) {
                kinds[i] = 2;
                values[i] = expr(s.value());
            } else {
                values[i] = expr(a);
            }
            i++;
        }
        for (Keyword k : c.keywords()) {
            kinds[i] = (byte) (k.arg() == null ? 3 : 1);
            names[i] = k.arg();
            values[i] = expr(k.value());
            i++;
        }
        // any(f(x)), next(x for x in y): what the call makes, the builtin (if it is one) consumes and drops.
        boolean consumes = c.func() instanceof Name n && PyGeneratorConsumerNode.isConsumerName(n.id()) && count == 1 && kinds[0] == 0 && isTemporary(c.args().get(0));
        if (consumes) {
            temporaries(values[0]);
        }
        PyArgumentsNode arguments = new PyArgumentsNode(values, kinds, names);
        if (c.func() instanceof Attribute a) {
            return new PyMethodCallNode(expr(a.value()), a.attr(), arguments);
        }
        if (consumes && c.func() instanceof Name n && c.args().get(0) instanceof GeneratorExp g && PyCallNode.isReduction(n.id()) &&
                        (n.id().equals("sum") || g.generators().size() == 1)) {
            // Several loops of any() or all() would need a break out of them all: those stay generators.
            return new PyCallNode(expr(c.func()), arguments, consumes, comprehension(g, g.generators(), null, g.elt(), null, n.id()), n.id());
        }
        return new PyCallNode(expr(c.func()), arguments, consumes);
    }

    /** {@code node}, an iterable only a loop or consuming builtin gets: a generator it makes is temporary. */
    private static PyExpressionNode temporaries(PyExpressionNode node) {
        if (node instanceof PyTemporaryResult t) {
            t.makeTemporaries();
        }
        return node;
    }
}
