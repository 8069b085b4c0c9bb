package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.nodes.PySourceNode;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyGlobals;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/** Compiles a hot tier-1 loop into a {@link LoopRegion}: finds its syntax tree, lowers it, installs the code. */
public final class LoopJit {
    private LoopJit() {
    }

    /**
     * Compiles the loop whose tier-1 hook is {@code hook}, with the types in {@code frame}.
     *
     * @param rangeSlots the frame slots of a for loop's range counter, remaining count and step;
     *            null for a while loop
     * @param globals the module globals the loop's code reaches (the builtins it calls, if
     *            unshadowed, among them)
     * @param items whether the for loop goes over a list (its index in the range's counter slot)
     * @return the installed region, or null when the loop must stay in tier 1
     */
    @TruffleBoundary
    public static LoopRegion compile(PyJit jit, Node hook, MaterializedFrame frame, int[] rangeSlots, LoopGlobals globals, boolean items) {
        long t0 = System.nanoTime();
        PySourceNode statement = enclosingStatement(hook);
        RootNode root = hook.getRootNode();
        SourceSection rootSection = root == null ? null : root.getSourceSection();
        if (statement == null || !statement.hasSourceRange() || rootSection == null || !rootSection.isAvailable()) {
            return null;
        }
        String where = root.getName() + ":" + statement.getSourceSection().getStartLine();
        if (instrumented(statement)) {
            jit.refused(where + ": instrumented by a tool");
            return null;
        }
        if (!jit.hasCodeRoom()) {
            jit.refused(where + ": code memory limit reached");
            return null;
        }
        Source source = rootSection.getSource();
        PyAst.Stmt loop = jit.asts().findLoop(source, statement.getSourceStart());
        if (loop == null || (loop instanceof PyAst.For) != (rangeSlots != null)) {
            jit.refused(where + ": loop not found in its source");
            return null;
        }
        Object[] args = frame.getArguments();
        PyFunction function = args.length > 0 && args[0] instanceof PyFunction f && f.getCode().getCallTarget().getRootNode() == root ? f : null;
        return compileLoop(jit, loop, frame, rangeSlots, items, where, t0, globals, function);
    }

    /**
     * Lowers and installs {@code loop}, whose frame is {@code frame}; null (and a recorded reason) when
     * it is not supported. {@code function}: the function whose frame it is (null at module level),
     * whose globals are those of the functions the loop may call natively.
     */
    static LoopRegion compileLoop(PyJit jit, PyAst.Stmt loop, MaterializedFrame frame, int[] rangeSlots, boolean items, String where, long startNanos,
                    LoopGlobals globals, PyFunction function) {
        StencilLibrary stencils = jit.library();
        if (stencils == null) {
            return null;
        }
        try {
            FrameDescriptor descriptor = frame.getFrameDescriptor();
            Map<String, Integer> slots = localSlots(descriptor);
            List<Object> others = freeVariables(function, slots, descriptor.getNumberOfSlots());
            if (globals != null) {
                others.addAll(globalVariables(loop, slots, globals, descriptor.getNumberOfSlots() + others.size()));
            }
            LoopVariables variables = new LoopVariables(descriptor.getNumberOfSlots(), others.toArray());
            PyGlobals module = function != null ? function.getGlobals() : globals == null ? null : globals.module();
            // Loops always count their iterations: LoopRegion gives up a loop with too few per entry.
            LoopCompiler compiler = new LoopCompiler(stencils, loop, slots, frame, variables, rangeSlots, true);
            if (items) {
                compiler.iterateItems();
            }
            Map<Object, Object> calleeGlobals = new java.util.LinkedHashMap<>();
            if (module != null) {
                compiler.setCallees(jit.functions().calleesForLoop(module, calleeGlobals));
            }
            LoopCompiler.Result result = compiler.compile();
            for (LoopCompiler.Local l : result.locals()) {
                PyGlobalCell cell = l.frameSlot < 0 ? null : variables.global(l.frameSlot);
                if (cell != null && l.written && calleeGlobals.containsKey(cell)) {
                    // The function assumed the value the loop changes.
                    throw new LoopCompiler.Unsupported("'" + l.name + "' is assigned by the loop and read by a function it calls");
                }
            }
            List<PyGlobalCell> builtinCells = new ArrayList<>();
            Map<String, PyGlobalCell> reads = globals == null ? null : globals.reads();
            for (String name : result.builtins()) {
                PyGlobalCell cell = reads == null ? null : reads.get(name);
                if (cell == null && reads != null && module != null) {
                    // A builtin only the code lowered in place reads (a fused generator's range).
                    cell = module.getCell(name);
                }
                if (reads != null && (cell == null || cell.get() != null)) {
                    throw new LoopCompiler.Unsupported("'" + name + "' may not be the builtin");
                }
                if (cell != null) {
                    builtinCells.add(cell);
                }
            }
            NativeLibc libc = jit.libc();
            if (libc == null) {
                return null;
            }
            NativeRegion code = NativeRegion.install(libc, result.emitter());
            String name = where + (rangeSlots != null ? " (for)" : " (while)");
            LoopRegion region = new LoopRegion(name, code, result, jit.compileNanos(startNanos), variables, builtinCells, calleeGlobals);
            jit.installed(region);
            if (jit.dump) {
                dump(jit, name, result, code);
            }
            return region;
        } catch (LoopCompiler.Unsupported e) {
            jit.refused(where + ": " + e.getMessage());
            return null;
        }
    }

    static void dump(PyJit jit, String name, LoopCompiler.Result result, NativeRegion code) {
        var err = jit.err();
        err.printf("[pyjit tier 2] region %s at 0x%x: %d micro-ops, %d slots%n", name, code.address(), result.emitter().instructionCount(), result.slotCount());
        for (LoopCompiler.Local l : result.locals()) {
            err.printf("    slot %d = %s (%s%s%s)%n", l.index, l.name, l.kind, l.entryBound ? ", read at entry" : "", l.written ? ", written" + (l.snapshotted ? ", snapshot" : l.copyMark >= 0 ? ", copied where written" : "") : "");
        }
        for (String line : result.emitter().listing(code.address(), result.emitter().patch(code.address()))) {
            err.println(line);
        }
        err.flush();
    }

    /**
     * Whether a tool (debugger, tracer, coverage) has wrapped {@code node} or a node under it: native
     * code would run past its probes, so that code stays in tier 1 (and in Graal's code, which keeps
     * them). Tools wrap a function's nodes when it first runs, so a callee that never ran in tier 1
     * (threshold 0) is not seen here. A tool that wraps nodes later disables the loops and function
     * around them (PyRegionHookNode.leaveTier2Around), not the regions of callers that call or
     * inlined that function natively.
     */
    static boolean instrumented(Node node) {
        if (node.getParent() instanceof InstrumentableNode.WrapperNode) {
            return true;
        }
        boolean[] found = {false};
        node.accept(n -> {
            found[0] = n instanceof InstrumentableNode.WrapperNode;
            return !found[0];
        });
        return found[0];
    }

    private static PySourceNode enclosingStatement(Node hook) {
        for (Node n = hook.getParent(); n != null; n = n.getParent()) {
            if (n instanceof PySourceNode s) {
                return s;
            }
        }
        return null;
    }

    /**
     * The variables of enclosing functions that {@code function}'s closure holds, each added to
     * {@code slots} under its name and numbered on from {@code firstSlot}: the index of its cell.
     */
    private static List<Object> freeVariables(PyFunction function, Map<String, Integer> slots, int firstSlot) {
        List<Object> cells = new ArrayList<>();
        String[] names = function == null || function.getClosure() == null ? new String[0] : function.getCode().getFreeVarNames();
        for (int k = 0; k < names.length && k < function.getClosure().length; k++) {
            if (!slots.containsKey(names[k])) {
                slots.put(names[k], firstSlot + cells.size());
                cells.add(k);
            }
        }
        return cells;
    }

    /**
     * The globals the loop keeps in its slots like locals, each added to {@code slots} under its name,
     * numbered on from {@code firstSlot}: those it reads that hold an int, float, bool, list or str now
     * (the region checks the kind at every entry), and at module level those it assigns.
     */
    private static List<PyGlobalCell> globalVariables(PyAst.Stmt loop, Map<String, Integer> slots, LoopGlobals globals, int firstSlot) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> assigned = new HashSet<>();
        collectNames(loop, names, assigned);
        List<PyGlobalCell> cells = new ArrayList<>();
        for (String name : names) {
            PyGlobalCell cell = globals.cell(name);
            if (cell == null || slots.containsKey(name)) {
                continue;
            }
            Object value = cell.get();
            if (globals.module() != null && assigned.contains(name) || PyUnboxed.of(value) != null || value instanceof PyList || value instanceof String) {
                slots.put(name, firstSlot + cells.size());
                cells.add(cell);
            }
        }
        return cells;
    }

    /** The names {@code node} uses, in order, and those it binds (assignment and loop targets). */
    private static void collectNames(PyAst.Node node, Set<String> names, Set<String> assigned) {
        // instanceof tests, not a pattern switch: see LoopCompiler.statement.
        if (node instanceof PyAst.Name n) {
            names.add(n.id());
        } else if (node instanceof PyAst.Assign a) {
            a.targets().forEach(t -> LoopCompiler.targetNames(t, assigned));
        } else if (node instanceof PyAst.AugAssign a) {
            LoopCompiler.targetNames(a.target(), assigned);
        } else if (node instanceof PyAst.For f) {
            LoopCompiler.targetNames(f.target(), assigned);
        }
        PyAstChildren.forEach(node, child -> collectNames(child, names, assigned));
    }

    /**
     * Python locals by name: the frame slots whose name is an identifier (temporaries are named
     * {@code <...>}), and a list comprehension's result list, which its loop appends to.
     */
    static Map<String, Integer> localSlots(FrameDescriptor descriptor) {
        Map<String, Integer> slots = new HashMap<>();
        for (int i = 0; i < descriptor.getNumberOfSlots(); i++) {
            if (descriptor.getSlotName(i) instanceof String name && (!name.startsWith("<") || name.equals(SourceAsts.COMPREHENSION_RESULT))) {
                if (slots.put(name, i) != null) {
                    slots.put(name, -1);
                }
            }
        }
        slots.values().removeIf(v -> v < 0);
        return slots;
    }
}
