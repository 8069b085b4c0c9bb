package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.jit.LoopCompiler.Callee;
import org.pyjit.language.jit.LoopCompiler.Unsupported;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyGlobals;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNativeMath;
import org.pyjit.language.runtime.PyUnboxed;

/** Compiles whole functions over int/float/bool values into {@link FunctionRegion}s, one per code and argument kinds. */
public final class FunctionJit {
    /**
     * Its equals and hashCode are written out: a record's own are linked through invokedynamic at
     * their first call, which took 5 ms of a cold JVM's first region compile.
     */
    private record Key(Object code, List<ValueType> types) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.code == code && k.types.equals(types);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(code) * 31 + types.hashCode();
        }
    }

    private static final Object FAILED = new Object();
    /** Left to tier 1 as a callee of tier 1 (no loop or call), but compiled when a region calls it. */
    private static final Object NOT_BUSY = new Object();
    /** Why nothing compiles once loading the stencils or binding libc failed (PyJit switched off). */
    private static final String TIER2_OFF = "tier 2 is off";

    private final PyJit jit;
    private final Map<Key, Object> compiled = new HashMap<>();
    private final Set<Key> compiling = new HashSet<>();
    /** The sums of generator functions that regions call by their names ({@link LoopCompiler.Callees#summed}). */
    private final Map<String, Summed> summed = new HashMap<>();

    /** A generator function's sum: its name for calls, the generator, the module whose globals it reads. */
    private record Summed(String name, LoopCompiler.Inline generator, PyGlobals module) {
        /** The parameter and local of the running total. */
        static final String TOTAL = "<sum>";
    }

    FunctionJit(PyJit jit) {
        this.jit = jit;
    }

    /**
     * The region for calls of {@code fn} with the types of {@code args[1..]}, compiled now if needed;
     * null when the function must stay in tier 1. With {@code onlyBusy}, functions without loops and
     * calls are left to tier 1 (entering native code costs more than they do).
     */
    @TruffleBoundary
    public FunctionRegion regionFor(PyFunction fn, Object[] args, boolean onlyBusy) {
        List<ValueType> types = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            ValueType t = ValueType.of(args[i]);
            if (t == null && NativeTrees.isTree(args[i])) {
                t = ValueType.TREE;
            }
            if (t == null) {
                return null;
            }
            types.add(t);
        }
        Key key = new Key(fn.getCode(), List.copyOf(types));
        Object done = compiled.get(key);
        if (done != null) {
            // A leaf compiled as some region's callee is not worth an NFI call from tier 1.
            return done instanceof FunctionRegion r && (r.busy || !onlyBusy) ? r : null;
        }
        try {
            return compile(fn, key, onlyBusy);
        } catch (Unsupported e) {
            compiled.put(key, FAILED);
            jit.refused(fn.getQualName() + ": " + e.getMessage());
            return null;
        }
    }

    private FunctionRegion compile(PyFunction fn, Key key, boolean onlyBusy) throws Unsupported {
        long t0 = System.nanoTime();
        PyCode code = fn.getCode();
        if (!code.isSimplePositional() || code.isGenerator() || code.getArgCount() != key.types().size() || (fn.getClosure() != null && fn.getClosure().length > 0)) {
            throw new Unsupported("not a plain function of positional parameters");
        }
        if (!jit.hasCodeRoom()) {
            throw new Unsupported("code memory limit reached");
        }
        RootNode root = code.getCallTarget().getRootNode();
        if (LoopJit.instrumented(root)) {
            throw new Unsupported("instrumented by a tool");
        }
        PyAst.FunctionDef def = definition(code);
        if (def == null) {
            throw new Unsupported("function not found in its source");
        }
        boolean busy = busy(def);
        if (onlyBusy && !busy) {
            compiled.put(key, NOT_BUSY);
            jit.refused(fn.getQualName() + ": no loop or call (cheaper in tier 1)");
            return null;
        }
        List<String> params = new ArrayList<>();
        for (int i = 0; i < code.getArgCount(); i++) {
            params.add(code.getArgNames()[i]);
        }
        StencilLibrary stencils = jit.library();
        if (stencils == null) {
            throw new Unsupported(TIER2_OFF);
        }
        Map<Object, Object> globals = new LinkedHashMap<>();
        LoopCompiler compiler = LoopCompiler.forFunction(stencils, def, localSlots(root.getFrameDescriptor()), params, key.types(), jit.stats);
        return lowerAndInstall(compiler, fn.getGlobals(), key, globals, fn.getQualName(), busy, t0);
    }

    private FunctionRegion lowerAndInstall(LoopCompiler compiler, PyGlobals module, Key key, Map<Object, Object> globals, String qualName, boolean busy, long t0)
                    throws Unsupported {
        compiler.setCallees(callees(module, key, globals));
        compiling.add(key);
        LoopCompiler.Result result;
        try {
            result = compiler.compile();
        } finally {
            compiling.remove(key);
        }
        for (String builtin : result.builtins()) {
            // The builtins it calls (len, abs, float, ...) must not become globals of the same name.
            globals.put(module.getCell(builtin), null);
        }
        NativeLibc libc = jit.libc();
        if (libc == null) {
            throw new Unsupported(TIER2_OFF);
        }
        NativeRegion nativeCode = NativeRegion.install(libc, result.emitter());
        String name = qualName + "(" + typeNames(key.types()) + ")";
        FunctionRegion region = new FunctionRegion(name, nativeCode, result.emitter().instructionCount(), jit.compileNanos(t0), key.types(),
                        compiler.returnSlot(), compiler.returnType(), compiler.returnSlots(), result.slotCount(), result.usesLists(), globals, busy);
        compiled.put(key, region);
        jit.installed(region);
        if (jit.dump) {
            LoopJit.dump(jit, name, result, nativeCode);
        }
        return region;
    }

    /**
     * Lowers a generator function's sum ({@link GeneratorFusion#summedBody}) as a function of the
     * generator's parameters and the running total.
     */
    private FunctionRegion compileSummed(Summed s, Key key, Map<Object, Object> callerGlobals) throws Unsupported {
        long t0 = System.nanoTime();
        StencilLibrary stencils = jit.library();
        if (stencils == null) {
            throw new Unsupported(TIER2_OFF);
        }
        Map<Object, Object> globals = new LinkedHashMap<>(callerGlobals);
        LoopCompiler.Callees callees = callees(s.module(), key, globals);
        List<PyAst.Stmt> body = new GeneratorFusion(callees, LoopCompiler.GENEXPR).summedBody(s.generator(), Summed.TOTAL);
        List<String> params = new ArrayList<>(s.generator().params());
        params.add(Summed.TOTAL);
        Map<String, Integer> slots = new HashMap<>();
        for (String local : s.generator().locals()) {
            slots.put(local, slots.size());
        }
        slots.put(Summed.TOTAL, slots.size());
        PyAst.Stmt first = s.generator().body().get(0);
        PyAst.FunctionDef def = new PyAst.FunctionDef(first.start(), first.end(), s.name(), null, body, List.of(), null);
        return lowerAndInstall(LoopCompiler.forFunction(stencils, def, slots, params, key.types(), jit.stats), s.module(), key, globals, s.name(), true, t0);
    }

    /**
     * Drops a region whose assumptions broke, so that the next call compiles the function anew. Its
     * code stays mapped until the context closes: regions calling it natively assumed the same
     * globals, so none of them is entered again either.
     */
    void forget(FunctionRegion region) {
        compiled.values().removeIf(r -> r == region);
    }

    /** The syntax tree of a function's definition, or null when its source is not at hand. */
    private PyAst.FunctionDef definition(PyCode code) {
        SourceSection section = code.getCallTarget().getRootNode().getSourceSection();
        if (section == null || !section.isAvailable()) {
            return null;
        }
        return jit.asts().findFunction(section.getSource(), section.getCharIndex());
    }

    /** Most statements of a function a region lowers in place of its calls. */
    private static final int INLINE_STATEMENTS = 8;

    /**
     * The function the global {@code name} holds, when a caller's region may lower its body in place
     * of a call: a plain function of {@code argCount} positional parameters, of the caller's module,
     * whose body is at most a few assignments to its locals and then a return, calling no Python
     * function. Entering native code of its own would cost more than such a body does.
     */
    private LoopCompiler.Inline inlineCandidate(PyGlobals module, Map<Object, Object> globals, String name, int argCount) {
        Positional fn = summed.containsKey(name) ? null : positionalFunction(module, name, argCount, false);
        if (fn == null) {
            return null;
        }
        PyCode code = fn.callee().getCode();
        PyAst.FunctionDef def = fn.def();
        Set<String> locals = localSlots(code.getCallTarget().getRootNode().getFrameDescriptor()).keySet();
        Set<String> builtins = new HashSet<>();
        if (!straightLine(def.body(), locals, builtins)) {
            return null;
        }
        globals.put(module.getCell(name), fn.callee());
        for (String builtin : builtins) {
            // The builtins the body calls must not become globals of the same name.
            globals.put(module.getCell(builtin), null);
        }
        return new LoopCompiler.Inline(def.name(), List.of(code.getArgNames()).subList(0, argCount), def.body(), locals);
    }

    /** The generator function the global {@code name} holds, of the caller's module, with its body and the names it binds. */
    private LoopCompiler.Inline generatorFunction(PyGlobals module, Map<Object, Object> globals, String name, int argCount) {
        Positional fn = positionalFunction(module, name, argCount, true);
        if (fn == null) {
            return null;
        }
        PyAst.FunctionDef def = fn.def();
        List<String> params = List.of(fn.callee().getCode().getArgNames()).subList(0, argCount);
        Set<String> locals = new HashSet<>(params);
        for (PyAst.Stmt s : def.body()) {
            LoopCompiler.assignedNames(s, locals);
        }
        globals.put(module.getCell(name), fn.callee());
        return new LoopCompiler.Inline(def.name(), params, def.body(), locals);
    }

    /** A function whose body a region may lower, and its definition. */
    private record Positional(PyFunction callee, PyAst.FunctionDef def) {
    }

    /**
     * The function the global {@code name} holds when a region may lower its body: a plain function
     * (a generator function when {@code generator}) of {@code argCount} positional parameters and no
     * closure, of the caller's module, not instrumented, whose definition is found; else null.
     */
    private Positional positionalFunction(PyGlobals module, String name, int argCount, boolean generator) {
        if (!(module.getCell(name).get() instanceof PyFunction callee) || callee.getGlobals() != module) {
            return null;
        }
        PyCode code = callee.getCode();
        if (!code.isSimplePositional() || code.isGenerator() != generator || code.getArgCount() != argCount || (callee.getClosure() != null && callee.getClosure().length > 0)) {
            return null;
        }
        PyAst.FunctionDef def = LoopJit.instrumented(code.getCallTarget().getRootNode()) ? null : definition(code);
        return def == null ? null : new Positional(callee, def);
    }

    private static boolean straightLine(List<PyAst.Stmt> body, Set<String> locals, Set<String> builtins) {
        if (body.isEmpty() || body.size() > INLINE_STATEMENTS || !(body.getLast() instanceof PyAst.Return ret) || ret.value() == null) {
            return false;
        }
        for (PyAst.Stmt s : body) {
            boolean simple = s == ret || s instanceof PyAst.Pass || s instanceof PyAst.AugAssign a && a.target() instanceof PyAst.Name ||
                            s instanceof PyAst.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof PyAst.Name;
            if (!simple || callsPython(s, locals, builtins)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code node} calls anything but the builtins and math functions a region calls directly
     * (collected in {@code builtins}); a name the function binds itself is not those.
     */
    private static boolean callsPython(PyAst.Node node, Set<String> locals, Set<String> builtins) {
        if (node instanceof PyAst.Call c) {
            String name = c.func() instanceof PyAst.Name n ? n.id() : c.func() instanceof PyAst.Attribute a && a.value() instanceof PyAst.Name m ? m.id() : null;
            if (name == null || locals.contains(name)) {
                return true;
            }
            if (c.func() instanceof PyAst.Name) {
                if (DIRECT_BUILTINS.contains(name)) {
                    builtins.add(name);
                } else if (!lowersMath(name)) {
                    return true;
                }
            }
        }
        return PyAstChildren.anyChild(node, c -> callsPython(c, locals, builtins));
    }

    private static final Set<String> DIRECT_BUILTINS = Set.of("abs", "float", "int", "len", "min", "max");

    /** A module attribute a region assumed (that math.sqrt is the builtin). */
    record ModuleAttribute(PyModule module, String name) {
        Object get() {
            return module.getAttribute(name);
        }

        // Written out for the same reason as Key's (regions using math.sqrt put it in a map).
        @Override
        public boolean equals(Object o) {
            return o instanceof ModuleAttribute a && a.module == module && a.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(module) * 31 + name.hashCode();
        }
    }

    /** Whether every assumption (global variable or module attribute value) still holds. */
    static boolean holds(Map<Object, Object> guards) {
        for (Map.Entry<Object, Object> g : guards.entrySet()) {
            Object now = g.getKey() instanceof PyGlobalCell cell ? cell.get() : ((ModuleAttribute) g.getKey()).get();
            if (!same(now, g.getValue())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a global holds what code compiled for {@code assumed} expects: the same object, or for
     * a constant int, float or bool baked into the code, one of the same kind and bits.
     */
    private static boolean same(Object now, Object assumed) {
        PyUnboxed kind = PyUnboxed.of(assumed);
        return now == assumed || kind != null && PyUnboxed.of(now) == kind && kind.toBits(now) == kind.toBits(assumed);
    }

    /** The math functions tier 2 calls natively, each in libm under the same name as in math. */
    private static final Set<String> LIBM_FUNCTIONS = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh",
                    "atanh", "exp", "expm1", "log", "log2", "log10", "log1p", "erf", "erfc", "cbrt", "exp2");

    private final Map<String, Long> libmAddresses = new HashMap<>();

    /**
     * The math function {@code f} is, by its own name, if tier 2 lowers its calls: sqrt, fabs, floor
     * and ceil as instructions, the others as calls of libm's function, which tier 1 calls too (when it cannot,
     * its Java stand-ins may round differently, so tier 2 leaves them alone). Null for anything
     * else, a function a program put in math's place among them.
     */
    private static String mathFunction(Object f) {
        if (!(f instanceof PyBuiltinFunction b) || !"math".equals(b.getModuleName())) {
            return null;
        }
        return lowersMath(b.getName()) ? b.getName() : null;
    }

    private static boolean lowersMath(String name) {
        return name.equals("sqrt") || name.equals("fabs") || name.equals("floor") || name.equals("ceil") || name.equals("isqrt") || name.equals("gcd") ||
                        (LIBM_FUNCTIONS.contains(name) || name.equals("atan2") || name.equals("hypot")) && PyNativeMath.usesLibm();
    }

    /** How many arguments tier 2 lowers a call of the math function {@code name} with: two for atan2, hypot (of two coordinates) and gcd. */
    static int mathArguments(String name) {
        return name.equals("atan2") || name.equals("hypot") || name.equals("gcd") ? 2 : 1;
    }

    private LoopCompiler.Callees callees(PyGlobals module, Key self, Map<Object, Object> globals) {
        return new LoopCompiler.Callees() {
            @Override
            public Callee resolve(String name, List<ValueType> argTypes) throws Unsupported {
                return resolveCallee(module, self, globals, name, argTypes);
            }

            @Override
            public String mathFunction(String moduleName, String name) throws Unsupported {
                ModuleAttribute attribute = mathAttribute(moduleName, name);
                Object f = attribute.get();
                String function = FunctionJit.mathFunction(f);
                if (function == null) {
                    throw new Unsupported("call of " + moduleName + "." + name);
                }
                assume(moduleName, attribute, f);
                return function;
            }

            @Override
            public double mathConstant(String moduleName, String name) throws Unsupported {
                ModuleAttribute attribute = mathAttribute(moduleName, name);
                if (!(attribute.get() instanceof Double value)) {
                    throw new Unsupported("attribute " + moduleName + "." + name);
                }
                assume(moduleName, attribute, value);
                return value;
            }

            /** {@code moduleName.name}, where the global {@code moduleName} holds the math module. */
            private ModuleAttribute mathAttribute(String moduleName, String name) throws Unsupported {
                if (!(module.getCell(moduleName).get() instanceof PyModule m) || !"math".equals(m.getName())) {
                    throw new Unsupported("attribute " + moduleName + "." + name + " of something else than math");
                }
                return new ModuleAttribute(m, name);
            }

            /** Assumes from here on that the global {@code moduleName} holds the module and the attribute {@code value}. */
            private void assume(String moduleName, ModuleAttribute attribute, Object value) {
                globals.put(module.getCell(moduleName), attribute.module());
                globals.put(attribute, value);
            }

            @Override
            public String importedMathFunction(String name) {
                PyGlobalCell cell = module.getCell(name);
                String function = FunctionJit.mathFunction(cell.get());
                if (function != null) {
                    globals.put(cell, cell.get());
                }
                return function;
            }

            @Override
            public long libmAddress(String function) throws Unsupported {
                if (!PyNativeMath.usesLibm()) {
                    throw new Unsupported("tier 1 takes " + function + " from Java, not libm");
                }
                Long known = libmAddresses.get(function);
                if (known != null) {
                    return known;
                }
                NativeLibc libc = jit.libc();
                if (libc == null) {
                    throw new Unsupported(TIER2_OFF);
                }
                long address = libc.symbolAddress("libm.so.6", function);
                libmAddresses.put(function, address);
                return address;
            }

            @Override
            public LoopCompiler.Inline inline(String name, int argCount) {
                return inlineCandidate(module, globals, name, argCount);
            }

            @Override
            public LoopCompiler.Inline generator(String name, int argCount) {
                return generatorFunction(module, globals, name, argCount);
            }

            @Override
            public String summed(LoopCompiler.Inline generator) {
                // Named after the generator and where its body starts (and told apart from another of both).
                String name = "<sum of " + generator.name() + "@" + generator.body().get(0).start() + ">";
                while (summed.containsKey(name) && summed.get(name).generator().body() != generator.body()) {
                    name = name.substring(0, name.length() - 1) + "'>";
                }
                summed.putIfAbsent(name, new Summed(name, generator, module));
                return name;
            }

            @Override
            public Object globalConstant(String name) {
                PyGlobalCell cell = module.getCell(name);
                Object value = cell.get();
                if (PyUnboxed.of(value) == null || globals.containsKey(cell) && !same(globals.get(cell), value)) {
                    return null;
                }
                globals.put(cell, value);
                return value;
            }
        };
    }

    private Callee resolveCallee(PyGlobals module, Key self, Map<Object, Object> globals, String name, List<ValueType> argTypes) throws Unsupported {
        Summed sum = summed.get(name);
        if (sum != null) {
            Key key = new Key(sum, List.copyOf(argTypes));
            return callee(key, self, globals, name, sum.name(), () -> compileSummed(sum, key, globals));
        }
        PyGlobalCell cell = module.getCell(name);
        if (!(cell.get() instanceof PyFunction callee)) {
            throw new Unsupported("call of " + name + " (not a Python function)");
        }
        Key key = new Key(callee.getCode(), List.copyOf(argTypes));
        globals.put(cell, callee);
        return callee(key, self, globals, name, callee.getQualName(), () -> compile(callee, key, false));
    }

    /** Compiles a callee's region. */
    private interface CalleeCompiler {
        FunctionRegion compile() throws Unsupported;
    }

    /** The callee of {@code key}: itself, its region, or the region {@code compiler} makes now. */
    private Callee callee(Key key, Key self, Map<Object, Object> globals, String name, String qualName, CalleeCompiler compiler) throws Unsupported {
        if (key.equals(self)) {
            return new Callee(null, ValueType.slots(key.types()), null, null, -1, false);
        }
        if (compiling.contains(key)) {
            throw new Unsupported("mutual recursion");
        }
        Object done = compiled.get(key);
        if (done instanceof FunctionRegion r && !holds(r.globals)) {
            // Compiled for a global since rebound (its caller is being compiled anew for that reason).
            r.becomeStale();
            forget(r);
            done = null;
        }
        if (done == NOT_BUSY) {
            done = null;
        }
        FunctionRegion region;
        if (done == FAILED) {
            throw new Unsupported("callee " + name + " is not compiled");
        } else if (done instanceof FunctionRegion r) {
            region = r;
        } else {
            try {
                region = compiler.compile();
            } catch (Unsupported e) {
                compiled.put(key, FAILED);
                jit.refused(qualName + ": " + e.getMessage());
                throw new Unsupported("callee " + name + ": " + e.getMessage());
            }
        }
        globals.putAll(region.globals);
        return new Callee(region.code(), region.paramSlots, region.returnType, region.returnSlots, region.frameSlots, region.usesLists);
    }

    /** Callees for a loop region: global functions, compiled on demand. */
    LoopCompiler.Callees calleesForLoop(PyGlobals module, Map<Object, Object> globals) {
        return callees(module, null, globals);
    }

    private static boolean busy(PyAst.Node node) {
        if (node instanceof PyAst.While || node instanceof PyAst.For || node instanceof PyAst.Call || node instanceof PyAst.ListComp) {
            return true;
        }
        return PyAstChildren.anyChild(node, FunctionJit::busy);
    }

    private static String typeNames(List<ValueType> types) {
        StringBuilder b = new StringBuilder();
        for (ValueType t : types) {
            b.append(b.isEmpty() ? "" : ", ").append(t);
        }
        return b.toString();
    }

    static Map<String, Integer> localSlots(FrameDescriptor descriptor) {
        return LoopJit.localSlots(descriptor);
    }
}
