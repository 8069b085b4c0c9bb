package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.pyjit.language.jit.LoopCompiler.Inline;
import org.pyjit.language.jit.LoopCompiler.Unsupported;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.parser.PyYields;
import org.pyjit.language.parser.PyAst.Expr;
import org.pyjit.language.parser.PyAst.Stmt;

/**
 * A for loop over a generator function's call ({@code for x in squares(count_up(n))}, which
 * {@code sum(squares(count_up(n)))} and {@code sum(x for x in evens(n) if ...)} run too) as the
 * statements of the generator's body, in which each {@code yield e} runs the loop's body with the
 * target bound to e: the items go from producer to consumer in the order tier 1's resumptions
 * would take them, without generator objects. The generator's names are renamed apart (hidden
 * locals, as a generator expression's), its parameters are assigned first, in the order the call
 * evaluated its arguments, and a parameter bound to another generator call is that generator's
 * items for the one for loop over it: {@code yield from} a range, a generator expression or
 * another generator call is fused the same way. {@code next(source)} of such a parameter runs its
 * generator up to its next yield, when the generator is a loop with one yield in its body ({@link
 * #pull}); an exhausted one raises in tier 1. Its statements before the loop run when it is bound:
 * nothing fused has an effect outside its own locals, and a side exit anywhere redoes the whole in
 * tier 1, so when they run changes no result.
 *
 * <p>
 * Exactness: a generator only runs from where its consumer asks for the next item, so the fused
 * statements compute what tier 1 would, in the same order, and a side exit redoes them whole in
 * tier 1 (the region's iteration), as for any loop. Forms that would not be the same are refused:
 * a break or continue in the consuming loop's body (it would end or skip the producer's code
 * after its yield), a return in a generator, a generator parameter used otherwise than by one for
 * loop that runs once or by {@code next()}, yields inside expressions, and recursion other than a
 * {@code yield from} into a sum.
 */
final class GeneratorFusion {
    /** Generator calls fused inside each other at most. */
    private static final int MAX_DEPTH = 6;

    private final LoopCompiler.Callees callees;
    /** The prefix of the hidden locals (see LoopCompiler's GENEXPR): their frame slot is none. */
    private final String prefix;

    GeneratorFusion(LoopCompiler.Callees callees, String prefix) {
        this.callees = callees;
        this.prefix = prefix;
    }

    /** The generator function {@code x} calls, or null when it calls none (or something else). */
    static Inline generatorCalled(LoopCompiler.Callees callees, Expr x) {
        if (callees != null && x instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && c.keywords().isEmpty() &&
                        c.args().stream().noneMatch(a -> a instanceof PyAst.Starred)) {
            return callees.generator(fn.id(), c.args().size());
        }
        return null;
    }

    /**
     * The statements of {@code for target in call: body else: orelse} where {@code call} calls the
     * generator function {@code generator}; {@code call}, {@code target}, {@code body} are in the
     * enclosing code's names.
     */
    List<Stmt> forLoop(PyAst.For f, Inline generator) throws Unsupported {
        if (breaksOrContinues(f.body())) {
            throw new Unsupported("break or continue in a loop over a generator");
        }
        List<Stmt> out = new ArrayList<>();
        // sum(g(...)): for t in g(...): s += t, whose recursive yield from calls the generator's sum.
        String sum = f.target() instanceof PyAst.Name t && f.body().size() == 1 && f.body().get(0) instanceof PyAst.AugAssign a &&
                        a.op() == PyAst.BinOpKind.ADD && a.target() instanceof PyAst.Name s && a.value() instanceof PyAst.Name v && v.id().equals(t.id()) ? s.id() : null;
        Set<String> consumerAssigns = new HashSet<>();
        LoopCompiler.targetNames(f.target(), consumerAssigns);
        for (Stmt s : f.body()) {
            LoopCompiler.assignedNames(s, consumerAssigns);
        }
        Stream stream = bind((PyAst.Call) f.iter(), generator, "", 0, sum, null, consumerAssigns, out);
        out.addAll(run(stream, item -> concat(List.of(assign(f.target(), item)), f.body())));
        out.addAll(f.orelse());
        return out;
    }

    /**
     * The body of generator function {@code generator}'s sum (see {@link LoopCompiler.Callees#summed}):
     * its parameters, then the sum so far in {@code sum}; each item adds to it, a recursive
     * {@code yield from} calls the sum again, and it returns the sum.
     */
    List<Stmt> summedBody(Inline generator, String sum) throws Unsupported {
        Map<String, String> names = new HashMap<>();
        for (String local : generator.locals()) {
            names.put(local, local);
        }
        Stream stream = new Stream(generator, names, Map.of(), "", 0, sum, null);
        PyAst.Name total = name(sum, generator.body().get(0));
        List<Stmt> out = new ArrayList<>(run(stream, item -> List.of(new PyAst.AugAssign(item.start(), item.end(), total, PyAst.BinOpKind.ADD, item))));
        out.add(new PyAst.Return(total.start(), total.start(), total));
        return out;
    }

    /**
     * A generator call whose parameters are bound: its body, names, and the streams its parameters
     * hold; {@code sum}: the local that sums its items when they go straight into a sum (or null),
     * and {@code outer}: the call whose items it takes or gives on (null for the outermost).
     */
    private record Stream(Inline generator, Map<String, String> names, Map<String, Stream> streams, String scope, int depth, String sum, Stream outer) {
        boolean calls(Inline g) {
            for (Stream s = this; s != null; s = s.outer()) {
                if (s.generator().body() == g.body()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Binds the parameters of {@code call} (in the enclosing names) to hidden locals, appending the
     * assignments to {@code out} in the order of its arguments; an argument that calls a generator
     * is bound first, recursively, as creating that generator evaluates its arguments. A parameter
     * the generator never assigns, given a variable of the enclosing code that the consuming loop
     * never assigns ({@code consumerAssigns}, null when unknown), is that variable itself: then a
     * list argument (for x in xs: yield 2 * x) is the list the enclosing code holds.
     */
    private Stream bind(PyAst.Call call, Inline generator, String outerScope, int depth, String sum, Stream outer, Set<String> consumerAssigns, List<Stmt> out)
                    throws Unsupported {
        if (depth >= MAX_DEPTH) {
            throw new Unsupported("generators nested too deep (or recursive)");
        }
        String scope = outerScope + call.start() + "/";
        Map<String, String> names = new HashMap<>();
        for (String local : generator.locals()) {
            names.put(local, prefix + scope + local);
        }
        Map<String, Stream> streams = new HashMap<>();
        Set<String> rebound = new HashSet<>();
        for (Stmt s : generator.body()) {
            LoopCompiler.assignedNames(s, rebound);
        }
        for (int i = 0; i < generator.params().size(); i++) {
            String param = generator.params().get(i);
            Expr arg = call.args().get(i);
            Inline inner = generatorCalled(callees, arg);
            if (inner != null) {
                Stream stream = bind((PyAst.Call) arg, inner, scope, depth + 1, null, null, consumerAssigns, out);
                streams.put(param, stream);
                if (pulls(generator.body(), param)) {
                    // Whether next() has taken an item yet (see pull).
                    out.add(assign(name(prefix + stream.scope() + "<started>", arg), new PyAst.BoolLit(arg.start(), arg.start(), false)));
                    out.addAll(fuse(pulledLoop(stream).init(), stream, x -> List.of(), new HashSet<>(), 0));
                }
            } else if (arg instanceof PyAst.Name variable && consumerAssigns != null && !consumerAssigns.contains(variable.id()) && !rebound.contains(param)) {
                names.put(param, variable.id());
            } else {
                out.add(assign(name(names.get(param), arg), arg));
            }
        }
        return new Stream(generator, names, streams, scope, depth, sum, outer);
    }

    /** The generator's body with each of its items handed to {@code consumer}. */
    private List<Stmt> run(Stream stream, Function<Expr, List<Stmt>> consumer) throws Unsupported {
        List<Stmt> body = stream.generator().body();
        if (!body.isEmpty() && body.getLast() instanceof PyAst.Return r && r.value() == null) {
            body = body.subList(0, body.size() - 1);
        }
        return fuse(body, stream, consumer, new HashSet<>(), 0);
    }

    private List<Stmt> fuse(List<Stmt> body, Stream stream, Function<Expr, List<Stmt>> consumer, Set<String> consumed, int loops) throws Unsupported {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            out.addAll(fuse(s, stream, consumer, consumed, loops));
        }
        return out;
    }

    private List<Stmt> fuse(Stmt s, Stream stream, Function<Expr, List<Stmt>> consumer, Set<String> consumed, int loops) throws Unsupported {
        Map<String, String> names = stream.names();
        if (s instanceof PyAst.ExprStmt e && e.value() instanceof PyAst.Yield y && pulledFrom(y.value(), stream) != null) {
            PyAst.Name item = name(prefix + stream.scope() + "<next " + y.start() + ">", y);
            List<Stmt> out = pull(pulledFrom(y.value(), stream), stream, item, consumed);
            out.addAll(consumer.apply(item));
            return out;
        } else if (s instanceof PyAst.Assign a && a.targets().size() == 1 && pulledFrom(a.value(), stream) != null) {
            PyAst.Name item = name(prefix + stream.scope() + "<next " + a.start() + ">", a);
            List<Stmt> out = pull(pulledFrom(a.value(), stream), stream, item, consumed);
            out.add(assign(rename(a.targets().get(0), names), item));
            return out;
        } else if (s instanceof PyAst.ExprStmt e && e.value() instanceof PyAst.Yield y) {
            if (y.value() == null) {
                throw new Unsupported("yield of None");
            }
            return consumer.apply(rename(y.value(), names));
        } else if (s instanceof PyAst.ExprStmt e && e.value() instanceof PyAst.YieldFrom y) {
            return yieldFrom(y, stream, consumer);
        } else if (s instanceof PyAst.For f && f.iter() instanceof PyAst.Name source && stream.streams().containsKey(source.id())) {
            if (loops > 0 || consumed.contains("next " + source.id()) || !consumed.add(source.id())) {
                throw new Unsupported("a generator argument iterated more than once");
            }
            if (breaksOrContinues(f.body())) {
                throw new Unsupported("break or continue in a loop over a generator");
            }
            List<Stmt> loopBody = fuse(f.body(), stream, consumer, consumed, loops);
            Expr target = rename(f.target(), names);
            List<Stmt> out = new ArrayList<>(run(stream.streams().get(source.id()), item -> concat(List.of(assign(target, item)), loopBody)));
            out.addAll(fuse(f.orelse(), stream, consumer, consumed, loops));
            return out;
        } else if (s instanceof PyAst.For f) {
            return List.of(new PyAst.For(f.start(), f.end(), rename(f.target(), names), rename(f.iter(), names), fuse(f.body(), stream, consumer, consumed, loops + 1),
                            fuse(f.orelse(), stream, consumer, consumed, loops)));
        } else if (s instanceof PyAst.While w) {
            return List.of(new PyAst.While(w.start(), w.end(), rename(w.test(), names), fuse(w.body(), stream, consumer, consumed, loops + 1),
                            fuse(w.orelse(), stream, consumer, consumed, loops)));
        } else if (s instanceof PyAst.If i) {
            return List.of(new PyAst.If(i.start(), i.end(), rename(i.test(), names), fuse(i.body(), stream, consumer, consumed, loops),
                            fuse(i.orelse(), stream, consumer, consumed, loops)));
        } else if (s instanceof PyAst.Assign a) {
            List<Expr> targets = new ArrayList<>();
            for (Expr t : a.targets()) {
                targets.add(rename(t, names));
            }
            return List.of(new PyAst.Assign(a.start(), a.end(), targets, rename(a.value(), names)));
        } else if (s instanceof PyAst.AugAssign a) {
            return List.of(new PyAst.AugAssign(a.start(), a.end(), rename(a.target(), names), a.op(), rename(a.value(), names)));
        } else if (s instanceof PyAst.ExprStmt e) {
            return List.of(new PyAst.ExprStmt(e.start(), e.end(), rename(e.value(), names)));
        } else if (s instanceof PyAst.Pass || s instanceof PyAst.Break || s instanceof PyAst.Continue) {
            return List.of(s);
        }
        throw new Unsupported(s.getClass().getSimpleName() + " in a generator");
    }

    /** The generator parameter {@code x} is {@code next()} of, or null. */
    private static String pulledFrom(Expr x, Stream stream) {
        String source = stream.names().containsKey("next") ? null : nextOf(x);
        return source != null && stream.streams().containsKey(source) ? source : null;
    }

    /** The name {@code x} is {@code next(name)} of, or null. */
    private static String nextOf(PyAst.Node x) {
        if (x instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && fn.id().equals("next") && c.args().size() == 1 && c.keywords().isEmpty() &&
                        c.args().get(0) instanceof PyAst.Name source) {
            return source.id();
        }
        return null;
    }

    /** A generator body pulled from: its statements before its loop, the loop, and the loop's statements before and after its one yield. */
    private record PulledLoop(List<Stmt> init, PyAst.While loop, List<Stmt> before, PyAst.Yield yield, List<Stmt> after) {
    }

    /**
     * The shape {@code next()} needs: statements, then {@code while test:} whose body yields once,
     * outside any inner loop or condition, and ends there.
     */
    private static PulledLoop pulledLoop(Stream stream) throws Unsupported {
        List<Stmt> body = stream.generator().body();
        if (body.isEmpty() || !(body.getLast() instanceof PyAst.While loop) || !loop.orelse().isEmpty() || PyYields.anyYield(body.subList(0, body.size() - 1))) {
            throw new Unsupported("next() of a generator that is not a loop yielding once");
        }
        int at = -1;
        for (int i = 0; i < loop.body().size(); i++) {
            if (loop.body().get(i) instanceof PyAst.ExprStmt e && e.value() instanceof PyAst.Yield y && y.value() != null) {
                at = at == -1 ? i : -2;
            }
        }
        List<Stmt> before = at < 0 ? List.of() : loop.body().subList(0, at);
        List<Stmt> after = at < 0 ? List.of() : loop.body().subList(at + 1, loop.body().size());
        if (at < 0 || PyYields.anyYield(before) || PyYields.anyYield(after) || breaksOrContinues(before) || breaksOrContinues(after)) {
            throw new Unsupported("next() of a generator that is not a loop yielding once");
        }
        return new PulledLoop(body.subList(0, body.size() - 1), loop, before, (PyAst.Yield) ((PyAst.ExprStmt) loop.body().get(at)).value(), after);
    }

    /** Whether {@code body} calls {@code next(param)}. */
    private static boolean pulls(List<Stmt> body, String param) {
        return body.stream().anyMatch(s -> pulls(s, param));
    }

    private static boolean pulls(PyAst.Node node, String param) {
        return param.equals(nextOf(node)) || PyAstChildren.anyChild(node, c -> pulls(c, param));
    }

    /**
     * {@code item = next(source)}: the statements that run the generator {@code source} holds from
     * its last yield to its next one: the loop's statements after the yield (not before the first
     * item), its test (false: the generator is exhausted, and tier 1 raises) and the statements
     * before the yield.
     */
    private List<Stmt> pull(String source, Stream stream, PyAst.Name item, Set<String> consumed) throws Unsupported {
        if (consumed.contains(source)) {
            throw new Unsupported("a generator argument both iterated and pulled from");
        }
        consumed.add("next " + source);
        Stream pulled = stream.streams().get(source);
        PulledLoop shape = pulledLoop(pulled);
        Function<Expr, List<Stmt>> none = x -> List.of();
        Set<String> inner = new HashSet<>();
        PyAst.Name started = name(prefix + pulled.scope() + "<started>", item);
        List<Stmt> out = new ArrayList<>();
        out.add(new PyAst.If(item.start(), item.start(), started, fuse(shape.after(), pulled, none, inner, 1), List.of()));
        out.add(assign(started, new PyAst.BoolLit(item.start(), item.start(), true)));
        PyAst.Expr test = rename(shape.loop().test(), pulled.names());
        out.add(new PyAst.If(item.start(), item.start(), new PyAst.UnaryOp(item.start(), item.start(), PyAst.UnaryOpKind.NOT, test),
                        List.of(new PyAst.Raise(item.start(), item.start(), null, null)), List.of()));
        out.addAll(fuse(shape.before(), pulled, none, inner, 1));
        out.add(assign(item, rename(shape.yield().value(), pulled.names())));
        if (!inner.isEmpty()) {
            throw new Unsupported("next() of a generator that takes items of another");
        }
        return out;
    }

    /** {@code yield from} a range, a generator expression or a generator call: each of their items. */
    private List<Stmt> yieldFrom(PyAst.YieldFrom y, Stream stream, Function<Expr, List<Stmt>> consumer) throws Unsupported {
        Expr from = y.value();
        Inline inner = generatorCalled(callees, from);
        if (inner != null && stream.sum() != null && stream.calls(inner)) {
            // Recursion (leaves(depth - 1, ...)) into a sum: the generator's sum, called natively.
            PyAst.Call call = (PyAst.Call) rename(from, stream.names());
            List<Expr> args = new ArrayList<>(call.args());
            PyAst.Name total = name(stream.sum(), y);
            args.add(total);
            PyAst.Call summed = new PyAst.Call(call.start(), call.end(), name(callees.summed(inner), call), args, List.of());
            return List.of(assign(total, summed));
        }
        if (inner != null) {
            List<Stmt> out = new ArrayList<>();
            Stream delegate = bind((PyAst.Call) rename(from, stream.names()), inner, stream.scope(), stream.depth() + 1, stream.sum(), stream, null, out);
            out.addAll(run(delegate, consumer));
            return out;
        }
        if (from instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && fn.id().equals("range") && !stream.names().containsKey("range")) {
            PyAst.Name item = name(prefix + stream.scope() + "<yield from " + y.start() + ">", y);
            return List.of(new PyAst.For(y.start(), y.end(), item, rename(from, stream.names()), consumer.apply(item), List.of()));
        }
        if (from instanceof PyAst.GeneratorExp g) {
            // Its loops' own names, apart from the generator's, and the rest of its names the generator's.
            Map<String, String> own = new HashMap<>(stream.names());
            for (PyAst.Comprehension c : g.generators()) {
                Set<String> bound = new HashSet<>();
                LoopCompiler.targetNames(c.target(), bound);
                for (String b : bound) {
                    own.put(b, prefix + stream.scope() + "<genexpr " + g.start() + ">" + b);
                }
            }
            List<PyAst.Comprehension> generators = new ArrayList<>();
            for (int k = 0; k < g.generators().size(); k++) {
                PyAst.Comprehension c = g.generators().get(k);
                Expr iter = rename(c.iter(), k == 0 ? stream.names() : own);
                List<Expr> ifs = new ArrayList<>();
                for (Expr test : c.ifs()) {
                    ifs.add(rename(test, own));
                }
                generators.add(new PyAst.Comprehension(c.start(), c.end(), rename(c.target(), own), iter, ifs));
            }
            return List.of(SourceAsts.comprehensionLoop(generators, 0, consumer.apply(rename(g.elt(), own)), generators.get(0).iter()));
        }
        throw new Unsupported("yield from something else than a range, a generator expression or a generator call");
    }

    private static Expr rename(Expr x, Map<String, String> names) throws Unsupported {
        return ScopedNames.rename(x, names);
    }

    private static PyAst.Name name(String id, PyAst.Node at) {
        return new PyAst.Name(at.start(), at.start(), id);
    }

    private static Stmt assign(Expr target, Expr value) {
        return new PyAst.Assign(value.start(), value.end(), List.of(target), value);
    }

    private static List<Stmt> concat(List<Stmt> a, List<Stmt> b) {
        List<Stmt> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Whether a break or continue in {@code body} (outside loops inside it) belongs to the loop whose body it is. */
    static boolean breaksOrContinues(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof PyAst.Break || s instanceof PyAst.Continue) {
                return true;
            }
            if (s instanceof PyAst.If i && (breaksOrContinues(i.body()) || breaksOrContinues(i.orelse()))) {
                return true;
            }
            if ((s instanceof PyAst.For || s instanceof PyAst.While) && breaksOrContinues(s instanceof PyAst.For f ? f.orelse() : ((PyAst.While) s).orelse())) {
                return true;
            }
        }
        return false;
    }
}
