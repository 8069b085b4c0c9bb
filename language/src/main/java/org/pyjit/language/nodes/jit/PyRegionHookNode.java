package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.jit.CompiledRegion;
import org.pyjit.language.jit.PyJit;

/**
 * What tier 2's loop and function hooks share: whether they still try tier 2, whether the code of
 * Graal's tiers calls their region, and what they do when the region is given up.
 */
public abstract class PyRegionHookNode extends Node {
    PyJit jit;
    boolean disabled;
    /** Regions compiled again after their assumptions broke (a program rebinding a global between phases). */
    private int recompiles;
    /** Valid while a region is installed and not given up, for the code of Graal's first tier. */
    @CompilationFinal private Assumption regionRuns = Assumption.NEVER_VALID;
    @CompilationFinal private boolean inLastTier;

    /**
     * In Graal's code: whether it calls the region. Graal's first tier does (it does not inline, and
     * its code of a loop of calls or floats boxes every value); its last tier only with
     * {@code --pyjit.JITInLastTier=true}.
     */
    final boolean compiledCodeRunsRegion() {
        return (inLastTier || CompilerDirectives.hasNextTier()) && regionRuns.isValid();
    }

    /** Whether the code of Graal's last tier calls the region too. */
    final boolean inLastTier() {
        return inLastTier;
    }

    /** A region was just installed for {@code what}. */
    final void installed(String what) {
        installed(what, false);
    }

    /** The same, for a region that Graal's last tier runs too when {@code lastTierToo}. */
    final void installed(String what, boolean lastTierToo) {
        inLastTier = jit.runsInLastTier() || lastTierToo;
        regionRuns = Truffle.getRuntime().createAssumption("tier 2 runs this " + what);
    }

    /**
     * Graal's last tier runs the loop or function itself from its next compilation on (unless the
     * JITInLastTier option says otherwise); the region still serves the interpreter and the first tier.
     */
    final void leaveLastTierToGraal() {
        if (inLastTier && !jit.runsInLastTier()) {
            inLastTier = false;
            Assumption old = regionRuns;
            regionRuns = Truffle.getRuntime().createAssumption(old.getName());
            old.invalidate();
        }
    }

    /**
     * Disables the hooks of every loop around {@code node} (and of the loop it is) and of its
     * function: a tool has just wrapped {@code node}. Regions of other functions that call this one
     * natively still do.
     */
    @TruffleBoundary
    public static void leaveTier2Around(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Node child : n.getChildren()) {
                if (child instanceof PyRegionHookNode hook && !hook.disabled) {
                    hook.disable();
                }
            }
        }
    }

    /** Leaves the loop or function to tier 1 for good. */
    void disable() {
        disabled = true;
        regionRuns.invalidate();
    }

    /**
     * After {@code region} was given up: true when the hook drops it to compile the code anew at the
     * next iteration or call (what it assumed changed, a few times at most); otherwise, since it ran
     * badly, the hook is disabled.
     */
    final boolean dropsGivenUp(CompiledRegion region) {
        if (region.mayRecompile(recompiles)) {
            recompiles++;
            regionRuns.invalidate();
            return true;
        }
        disable();
        return false;
    }
}
