package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.PyContext;
import org.pyjit.language.jit.FunctionRegion;
import org.pyjit.language.jit.PyJit;
import org.pyjit.language.runtime.PyFunction;

/**
 * Tier 2's hook at the start of a function body (after the recursion depth was counted, before the
 * parameters are bound). It counts calls; past the threshold it compiles the function for the kinds
 * of its arguments and from then on runs calls natively, giving their result, or null when tier 1
 * must run the call. Like the loop hook, it folds away in the code of Graal's last tier (unless
 * {@code --pyjit.JITInLastTier=true}).
 */
public final class PyFunctionJitNode extends PyRegionHookNode {
    private FunctionRegion region;
    private int count;

    public static PyFunctionJitNode create() {
        return new PyFunctionJitNode();
    }

    /** The call's result computed natively, or null: run the body in tier 1. */
    public Object call(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter() ? !disabled : compiledCodeRunsRegion()) {
            // In the code of Graal's first tier too (see PyLoopJitNode): it does not inline calls.
            return callInterpreted(frame.getArguments());
        }
        return null;
    }

    @TruffleBoundary
    private Object callInterpreted(Object[] args) {
        if (jit == null) {
            jit = PyJit.get(PyContext.get(this));
        }
        if (!jit.isEnabled()) {
            disable();
            return null;
        }
        if (region == null) {
            if (count < jit.threshold()) {
                count++;
                return null;
            }
            if (args.length == 0 || !(args[0] instanceof PyFunction fn) || fn.getCode().getCallTarget().getRootNode() != getRootNode()) {
                disable();
                return null;
            }
            region = jit.functions().regionFor(fn, args, true);
            if (region == null) {
                disable();
                return null;
            }
            installed("function");
        }
        PyContext context = PyContext.get(this);
        Object result = region.call(jit, this, args, context.getRecursionLimit() - context.getDepth());
        if (region.isGivenUp() && dropsGivenUp(region)) {
            region = null;
        }
        return result;
    }
}
