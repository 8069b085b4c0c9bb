package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import org.pyjit.language.builtins.PyBuiltins;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyGenerator;

/** {@code callee(args)}. */
public final class PyCallNode extends PyExpressionNode implements PyTemporaryResult {
    @Child private PyExpressionNode callee;
    @Child private PyArgumentsNode arguments;
    @Child private PyDispatchNode dispatch;
    @Child private PyInvokeFunctionNode invoke;
    @Child private PyInstantiateNode instantiate;
    private final boolean positionalOnly;
    @CompilationFinal private boolean temporaries;
    /** {@code any(f(x))} and the like: the builtin, if the callee is one, drops the temporary it consumed. */
    private final boolean consumesTemporary;

    /**
     * {@code sum}, {@code any} or {@code all} of a generator expression: the expression's loops as a
     * function of their own, run instead of making a generator and consuming it when the callee is
     * that builtin. Likewise {@code locals()}, {@code vars()} and {@code dir()} without arguments:
     * what the builtin would compute from the caller's frame ({@link PyFrameLocalsNode}).
     */
    @Child private PyExpressionNode reduction;
    private final String reducer;
    @CompilationFinal private Object reducerFunction;

    public PyCallNode(PyExpressionNode callee, PyArgumentsNode arguments, boolean consumesTemporary) {
        this(callee, arguments, consumesTemporary, null, null);
    }

    public PyCallNode(PyExpressionNode callee, PyArgumentsNode arguments, boolean consumesTemporary, PyExpressionNode reduction, String reducer) {
        this.callee = callee;
        this.arguments = arguments;
        this.consumesTemporary = consumesTemporary;
        this.positionalOnly = arguments.isPositionalOnly();
        this.reduction = reduction;
        this.reducer = reducer;
    }

    private Object reducerFunction() {
        if (reducerFunction == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            reducerFunction = PyBuiltins.lookup(reducer);
        }
        return reducerFunction;
    }

    /** Whether a call of {@code name} may run a generator expression's loops as its reduction. */
    public static boolean isReduction(String name) {
        return name.equals("sum") || name.equals("any") || name.equals("all");
    }

    @Override
    public void makeTemporaries() {
        temporaries = true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object fn = callee.execute(frame);
        if (reduction != null && fn == reducerFunction()) {
            return reduction.execute(frame);
        }
        if (positionalOnly && fn instanceof PyFunction f) {
            if (invoke == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                invoke = insert(PyInvokeFunctionNode.create());
            }
            Object[] args = arguments.executeInto(frame, 1);
            long before = PyTemporaryResult.madeSoFar(temporaries);
            return PyTemporaryResult.owned(temporaries, invoke.execute(f, args), before);
        }
        if (positionalOnly && fn instanceof PyClass c && !c.isBuiltin()) {
            if (instantiate == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instantiate = insert(PyInstantiateNode.create());
            }
            return instantiate.execute(c, arguments.executeInto(frame, 2));
        }
        if (dispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dispatch = insert(PyDispatchNode.create());
        }
        if (arguments.isSimple()) {
            Object[] args = arguments.executeSimple(frame);
            if (consumesTemporary) {
                return consume(fn, args);
            }
            long before = PyTemporaryResult.madeSoFar(temporaries);
            return PyTemporaryResult.owned(temporaries, dispatch.execute(fn, args, arguments.getConstantKwNames()), before);
        }
        PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame, fn);
        long before = PyTemporaryResult.madeSoFar(temporaries);
        return PyTemporaryResult.owned(temporaries, dispatch.execute(fn, e.args, e.kwNames), before);
    }

    private Object consume(Object fn, Object[] args) {
        try {
            return dispatch.execute(fn, args, null);
        } finally {
            dropConsumed(fn, args[0]);
        }
    }

    private static void dropConsumed(Object fn, Object argument) {
        // A consumption that ran to the end left nothing to close: the builtin lookups only when it did not.
        if (PyGenerator.isOpenTemporary(argument) && isConsumer(fn)) {
            PyGenerator.closeTemporary(argument);
        }
    }

    @TruffleBoundary
    private static boolean isConsumer(Object fn) {
        return PyGeneratorConsumerNode.isConsumer(fn);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
