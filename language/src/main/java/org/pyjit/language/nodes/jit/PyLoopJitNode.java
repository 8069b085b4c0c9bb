package org.pyjit.language.nodes.jit;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.nodes.RootNode;
import org.pyjit.language.PyContext;
import org.pyjit.language.jit.LoopGlobals;
import org.pyjit.language.jit.LoopJit;
import org.pyjit.language.jit.LoopRegion;
import org.pyjit.language.jit.PyJit;
import org.pyjit.language.runtime.PyBuiltinIterators;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyObject;

/**
 * Tier 2's hook in a tier-1 loop, asked at the start of every iteration. It counts iterations; past
 * the threshold it compiles the loop (and makes enclosing loops compile at their next iteration, so
 * the outermost compilable loop ends up native), then runs the region instead of the iteration.
 *
 * <p>
 * Tiering: tier 2 replaces the interpreter and Graal's first tier. In code of Graal's last tier, the
 * hook folds away and Graal's code runs the loop; the iterations a region ran are reported to Truffle
 * so that the function becomes hot for Graal all the same. A region that outruns Graal's code
 * ({@link LoopRegion#outrunsGraal}), or any with {@code --pyjit.JITInLastTier=true}, serves the last
 * tier too, and its iterations are not reported: Graal would only compile code that calls the same
 * region. A loop that makes lists or calls over trees hands the last tier back to Graal's code
 * (and reports from then on) when its entries turn out short.
 */
public final class PyLoopJitNode extends PyRegionHookNode {
    /** Run this iteration in tier 1. */
    public static final int TIER1 = LoopRegion.TIER1;
    /** The loop ended (its condition was false); the else part runs. */
    public static final int DONE = LoopRegion.DONE;
    /** The loop ended by break. */
    public static final int BROKE = LoopRegion.BROKE;
    /** A return in the loop ended the function: {@link #loopResult} gives its value. */
    public static final int RETURNED = LoopRegion.RETURNED;

    private final int[] rangeSlots;
    private final LoopGlobals globals;
    private LoopRegion region;
    private int count;
    private boolean hot;
    /** With JITStats, iterations of loops left to tier 1 still count toward the native share. */
    private boolean countWhileDisabled;
    /** The value of the return that ended the region's last entry (RETURNED). */
    private Object returned;

    private PyLoopJitNode(int[] rangeSlots, LoopGlobals globals) {
        this.rangeSlots = rangeSlots;
        this.globals = globals;
    }

    /**
     * {@code globals}: the module globals the enclosing code reaches (the translator's, so that
     * compiling needs no walk over the loop's nodes).
     */
    public static PyLoopJitNode forWhile(LoopGlobals globals) {
        return new PyLoopJitNode(null, globals);
    }

    /**
     * For a statement that tier 2 runs as a loop of one iteration ({@link PyStatementJitNode}),
     * compiled at its first execution.
     */
    public static PyLoopJitNode forStatement(LoopGlobals globals) {
        PyLoopJitNode hook = new PyLoopJitNode(null, globals);
        hook.hot = true;
        return hook;
    }

    /** For a for loop counting a range in the frame slots counter, remaining, step. */
    public static PyLoopJitNode forRange(int counterSlot, int remainingSlot, int stepSlot, LoopGlobals globals) {
        return new PyLoopJitNode(new int[]{counterSlot, remainingSlot, stepSlot}, globals);
    }

    public int enter(VirtualFrame frame) {
        return enter(frame, null);
    }

    /**
     * What the tier-1 loop's repeating node returns once the region ran ({@code status}, not TIER1):
     * the end of the loop, its own marker of a break ({@code broke}), or the value of the return
     * that ended the function, which goes up as a return in tier 1 does.
     */
    public Object loopResult(int status, Object broke) {
        if (status == DONE) {
            return RepeatingNode.BREAK_LOOP_STATUS;
        }
        if (status == BROKE) {
            return broke;
        }
        Object value = returned;
        returned = null;
        return value;
    }

    /**
     * For a for loop over a list, entered at the start of an iteration with the list's iterator, an
     * enumerate object over one or a zip of them: the region runs the loop from the iterators' index
     * (and the enumerate's count), carried in and out by the counter (and remaining) slot, which only
     * the range form uses, and leaves them where tier 1 must go on, as exhausted as next() would
     * have left them when the loop ended.
     */
    public int enterItems(VirtualFrame frame, PyObject items) {
        return enter(frame, items);
    }

    private int enter(VirtualFrame frame, PyObject items) {
        if (CompilerDirectives.inInterpreter()) {
            if (!disabled) {
                return enterInterpreted(frame.materialize(), items);
            } else if (countWhileDisabled) {
                jit.countTier1Iteration();
            }
        } else if (compiledCodeRunsRegion()) {
            // Graal's first tier compiles without inlining: its code of a loop that calls functions or
            // does float arithmetic boxes every value (spectral_norm: a young collection every 25 ms)
            // and is slower than the region, so it runs the region too. The last tier's code does too
            // unless the JITInLastTier option says otherwise; code compiled before the region was (or
            // after it was given up) has no hook.
            return enterInterpreted(frame.materialize(), items);
        }
        return TIER1;
    }

    @Override
    void disable() {
        super.disable();
        countWhileDisabled = jit != null && jit.statsEnabled();
    }

    @TruffleBoundary
    private int enterInterpreted(MaterializedFrame frame, PyObject items) {
        if (jit == null) {
            jit = PyJit.get(PyContext.get(this));
            if (!jit.isEnabled()) {
                disable();
                return TIER1;
            }
        }
        PyBuiltinIterators.Enumerate counted = items instanceof PyBuiltinIterators.Enumerate e ? e : null;
        PyBuiltinIterators.Zip zip = items instanceof PyBuiltinIterators.Zip z ? z : null;
        PyBuiltinIterators.StrIterator chars = items instanceof PyBuiltinIterators.StrIterator s ? s : counted != null ? counted.strIterator() : null;
        PyBuiltinIterators.ListIterator[] lists = items == null || chars != null ? null : listIterators(items);
        if (items != null && lists == null && chars == null) {
            // enumerate or zip of something else than lists (or a strict zip): the loop is tier 1's.
            disable();
            return TIER1;
        }
        if (counted != null && !(counted.count() instanceof Long)) {
            // An enumerate past 2**63: tier 1 counts in big ints.
            return TIER1;
        }
        if (region != null && (region.iterableCount() != (lists != null ? lists.length : chars != null ? 1 : 0) || region.enumerates() != (counted != null))) {
            // The loop went over another kind of iterable (a range, a list, an enumerate, a zip) when it was compiled.
            return TIER1;
        }
        if (region == null) {
            if (count < jit.threshold() && !hot) {
                count++;
                jit.countTier1Iteration();
                return TIER1;
            }
            markEnclosingLoopsHot();
            region = LoopJit.compile(jit, this, frame, rangeSlots, globals, items != null);
            if (region == null) {
                disable();
                return TIER1;
            }
            installed("loop", region.outrunsGraal());
        }
        if (!jit.isEnabled()) {
            disable();
            return TIER1;
        }
        if (lists != null) {
            for (int k = 0; k < lists.length; k++) {
                if (lists[k].list() != region.iterable(frame, k)) {
                    return TIER1;
                }
            }
            frame.setLong(rangeSlots[0], lists[0].index());
        }
        if (chars != null) {
            // The region counts characters, the iterator UTF-16 units: the same in a str without surrogates.
            if (chars.str() != region.iterable(frame, 0) || !PyCodePoints.isBmpOnly(chars.str())) {
                return TIER1;
            }
            frame.setLong(rangeSlots[0], chars.index());
        }
        if (counted != null) {
            frame.setLong(rangeSlots[1], (Long) counted.count());
        }
        PyContext context = PyContext.get(this);
        int next = TIER1;
        try {
            next = region.run(jit, this, frame, context.getRecursionLimit() - context.getDepth());
        } finally {
            // Also when an interrupt raised: the frame then holds the iteration's start.
            if (chars != null) {
                chars.resume(frame.getLong(rangeSlots[0]), next == DONE);
            } else if (zip != null) {
                zip.resume(frame.getLong(rangeSlots[0]), next == DONE);
            } else if (lists != null) {
                lists[0].resume(frame.getLong(rangeSlots[0]), next == DONE);
            }
            if (counted != null) {
                // An enumerate wraps one list's iterator or a str's, never a zip (that is tier 1's).
                counted.resume(frame.getLong(rangeSlots[1]));
            }
        }
        if (next == RETURNED) {
            // Before the region may be dropped below.
            returned = region.takeReturned();
        }
        if (inLastTier() && region.entriesTooShortForLastTier()) {
            leaveLastTierToGraal();
        }
        if (!inLastTier()) {
            // The iterations count toward the function's heat as if tier 1 had run them, so that Graal
            // compiles a function whose loop keeps running natively, and its code takes over.
            LoopNode.reportLoopCount(this, (int) Math.min(region.lastIterations(), Integer.MAX_VALUE));
        }
        if (region.isGivenUp() && dropsGivenUp(region)) {
            region = null;
        }
        if (next == TIER1) {
            jit.countTier1Iteration();
        }
        return next;
    }

    /**
     * The list iterators a loop over {@code items} goes over in step (one, or a zip's), or null when
     * they are not all list iterators.
     */
    private static PyBuiltinIterators.ListIterator[] listIterators(PyObject items) {
        if (items instanceof PyBuiltinIterators.Zip zip) {
            return zip.listIterators();
        }
        PyBuiltinIterators.ListIterator it = items instanceof PyBuiltinIterators.Enumerate e ? e.listIterator() : (PyBuiltinIterators.ListIterator) items;
        return it == null ? null : new PyBuiltinIterators.ListIterator[]{it};
    }

    /** The hooks of the loops around this one (the hook is a child of each loop's repeating node). */
    private void markEnclosingLoopsHot() {
        Node child = this.getParent();
        for (Node n = child == null ? null : child.getParent(); n != null && !(n instanceof RootNode); n = n.getParent()) {
            for (Node c : n.getChildren()) {
                if (c instanceof PyLoopJitNode outer && outer != this) {
                    outer.hot = true;
                }
            }
        }
    }
}
