package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
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
public final class PyFunctionJitNode extends Node {
    private PyJit jit;
    private FunctionRegion region;
    private int count;
    private boolean disabled;
    private int recompiles;
    /** Valid while a region is installed and not given up, for the code of Graal's first tier. */
    @CompilationFinal private Assumption regionRuns = Assumption.NEVER_VALID;
    @CompilationFinal private boolean inLastTier;

    public static PyFunctionJitNode create() {
        return new PyFunctionJitNode();
    }

    /** The call's result computed natively, or null: run the body in tier 1. */
    public Object call(VirtualFrame frame) {
        if (CompilerDirectives.inInterpreter() ? !disabled : (inLastTier || CompilerDirectives.hasNextTier()) && regionRuns.isValid()) {
            // In the code of Graal's first tier too (see PyLoopJitNode): it does not inline calls.
            return callInterpreted(frame.getArguments());
        }
        return null;
    }

    private void disable() {
        disabled = true;
        regionRuns.invalidate();
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
            inLastTier = jit.runsInLastTier();
            regionRuns = Truffle.getRuntime().createAssumption("tier 2 runs this function");
        }
        PyContext context = PyContext.get(this);
        Object result = region.call(jit, this, args, context.getRecursionLimit() - context.getDepth());
        if (region.isGivenUp()) {
            if (region.mayRecompile(recompiles)) {
                // A global it assumed was rebound: the next call compiles the function anew.
                recompiles++;
                regionRuns.invalidate();
                region = null;
            } else {
                disable();
            }
        }
        return result;
    }
}
