package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.SlowPathException;
import org.pyjit.language.runtime.PyArgumentBinder;
import org.pyjit.language.runtime.PyBoundMethod;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRange;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/**
 * Calls a callee with already evaluated arguments (vectorcall convention). User functions are
 * called through a DirectCallNode cached on their code (so inlining and splitting work);
 * everything else goes through {@link PyOps#call}.
 */
@ReportPolymorphism
public abstract class PyDispatchNode extends Node {
    public abstract Object execute(Object callee, Object[] args, String[] kwNames);

    public static PyDispatchNode create() {
        return PyDispatchNodeGen.create();
    }

    @Specialization(guards = "fn.getCode() == cachedCode", limit = "3")
    protected static Object doDirect(PyFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn.getCode()") PyCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(bind(fn, cachedCode, args, kwNames));
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(PyFunction fn, Object[] args, String[] kwNames,
                    @Cached IndirectCallNode call) {
        return call.call(fn.getCallTarget(), PyArgumentBinder.bind(fn, args, kwNames));
    }

    @Specialization(guards = "isFunction(method)")
    protected static Object doMethod(PyBoundMethod method, Object[] args, String[] kwNames,
                    @Cached PyMethodDispatchNode dispatch) {
        return dispatch.execute((PyFunction) method.getFunction(), method.getSelf(), args, kwNames);
    }

    /**
     * A math function of one float called with a float or int: applied inline (Math.sqrt becomes
     * one instruction in compiled code) instead of through the body's argument checks behind a call.
     * A result that is not finite (an error or an overflow to raise) leaves this specialization for
     * good rather than merging with a generic call: a merge would make compiled code box every
     * result and materialize the arguments array (nbody: two allocations per sqrt).
     */
    @Specialization(guards = {"fn == cachedFn", "cachedFn.getFloatFunction() != null", "isOneNumber(args, kwNames)"}, limit = "3", rewriteOn = SlowPathException.class)
    protected static double doFloatFunction(PyBuiltinFunction fn, Object[] args, String[] kwNames,
                    @Cached("fn") PyBuiltinFunction cachedFn) throws SlowPathException {
        double r = cachedFn.getFloatFunction().applyAsDouble(args[0] instanceof Double d ? d : (Long) args[0]);
        if (!Double.isFinite(r)) {
            throw new SlowPathException();
        }
        return r;
    }

    /** {@code sum(g)}, {@code any(g)}, {@code all(g)}, {@code min(g)}, {@code max(g)}, {@code next(g)} of a generator g: see {@link PyGeneratorConsumerNode}. */
    @Specialization(guards = {"fn == cachedFn", "consumer != null", "isOneGenerator(args, kwNames)"}, limit = "3")
    protected static Object doGeneratorConsumer(@SuppressWarnings("unused") PyBuiltinFunction fn, Object[] args, @SuppressWarnings("unused") String[] kwNames,
                    @Cached("fn") @SuppressWarnings("unused") PyBuiltinFunction cachedFn,
                    @Cached("forBuiltin(cachedFn)") PyGeneratorConsumerNode consumer) {
        return consumer.execute((PyGenerator) args[0]);
    }

    /**
     * {@code len(x)} of a str, list, tuple or dict: the size read inline. Through the body, compiled
     * code pays a call behind a boundary into host code that the Graal configuration leaves to C1
     * (~30 ns a call).
     */
    @Specialization(guards = {"fn == cachedFn", "cachedFn.isBuiltinLen()", "isOneSized(args, kwNames)"}, limit = "1")
    protected static long doLen(@SuppressWarnings("unused") PyBuiltinFunction fn, Object[] args, @SuppressWarnings("unused") String[] kwNames,
                    @Cached("fn") @SuppressWarnings("unused") PyBuiltinFunction cachedFn) {
        Object x = args[0];
        if (x instanceof String str) {
            // A short string's scan stays in compiled code; PyCodePoints.length is a boundary.
            return str.length() <= 32 && !PyCodePoints.hasSurrogate(str) ? str.length() : PyCodePoints.length(str);
        }
        return x instanceof PyList l ? l.size() : x instanceof PyTuple t ? t.size() : ((PyDict) x).size();
    }

    /**
     * {@code range(n)}, {@code range(a, b)} and {@code range(a, b, c)} of ints a long can count
     * between: made here rather than by the constructor's body behind a boundary, so that compiled
     * code can keep the range a for loop counts over in registers instead of allocating it.
     */
    @Specialization(guards = {"callee == RANGE", "isRangeOfLongs(args, kwNames)"})
    protected static PyRange doRange(@SuppressWarnings("unused") PyClass callee, Object[] args, @SuppressWarnings("unused") String[] kwNames) {
        return new PyRange(rangeStart(args), rangeStop(args), args.length == 3 ? (Long) args[2] : 1);
    }

    static final PyClass RANGE = PyTypes.RANGE;

    /** One to three ints, no keywords, a step other than 0 and bounds whose distance fits a long. */
    static boolean isRangeOfLongs(Object[] args, String[] kwNames) {
        int n = args.length;
        if (n < 1 || n > 3 || kwNames != null && kwNames.length > 0 || !(args[0] instanceof Long) || n > 1 && !(args[1] instanceof Long)
                        || n > 2 && !(args[2] instanceof Long step && step != 0)) {
            return false;
        }
        return PyRange.countable(rangeStart(args), rangeStop(args));
    }

    /** The bounds of {@code range(*args)}, one to three ints. */
    private static long rangeStart(Object[] args) {
        return args.length == 1 ? 0 : (Long) args[0];
    }

    private static long rangeStop(Object[] args) {
        return (Long) args[args.length == 1 ? 0 : 1];
    }

    @Specialization(guards = {"!isPyFunction(callee)", "!isFunctionMethod(callee)"})
    protected static Object doGeneric(Object callee, Object[] args, String[] kwNames) {
        return PyOps.call(callee, args, kwNames);
    }

    static Object[] bind(PyFunction fn, PyCode code, Object[] args, String[] kwNames) {
        if (kwNames == null && code.isSimplePositional() && args.length == code.getArgCount()) {
            return PyArgumentBinder.bindPositional(fn, args);
        }
        return PyArgumentBinder.bind(fn, args, kwNames);
    }

    /** One positional argument and no keywords. */
    private static boolean isOneArgument(Object[] args, String[] kwNames) {
        return args.length == 1 && (kwNames == null || kwNames.length == 0);
    }

    static boolean isOneNumber(Object[] args, String[] kwNames) {
        return isOneArgument(args, kwNames) && (args[0] instanceof Double || args[0] instanceof Long);
    }

    static boolean isOneSized(Object[] args, String[] kwNames) {
        return isOneArgument(args, kwNames) && (args[0] instanceof String || args[0] instanceof PyList || args[0] instanceof PyTuple || args[0] instanceof PyDict);
    }

    static boolean isOneGenerator(Object[] args, String[] kwNames) {
        return isOneArgument(args, kwNames) && args[0] instanceof PyGenerator;
    }

    static PyGeneratorConsumerNode forBuiltin(PyBuiltinFunction fn) {
        return PyGeneratorConsumerNode.forBuiltin(fn);
    }

    static boolean isFunction(PyBoundMethod m) {
        return m.getFunction() instanceof PyFunction;
    }

    static boolean isPyFunction(Object o) {
        return o instanceof PyFunction;
    }

    static boolean isFunctionMethod(Object o) {
        return o instanceof PyBoundMethod m && m.getFunction() instanceof PyFunction;
    }
}
