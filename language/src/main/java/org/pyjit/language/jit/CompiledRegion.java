package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.List;

import org.pyjit.language.runtime.PyList;

/** What loop and function regions share: their code, how they were built and what happened when they ran. */
public abstract class CompiledRegion {
    final String name;
    final NativeRegion code;
    final long compileNanos;
    final int stencils;
    final int codeBytes;
    long entries;
    long refusals;
    /** Loop iterations (loops) or calls (functions) run natively. */
    long nativeWork;
    final long[] exits = new long[LoopCompiler.EXIT_NAMES.length];
    boolean givenUp;
    /** Given up because a global it assumed was rebound: code compiled anew would be right again. */
    boolean stale;

    CompiledRegion(String name, NativeRegion code, int stencils, long compileNanos) {
        this.name = name;
        this.code = code;
        this.stencils = stencils;
        this.compileNanos = compileNanos;
        this.codeBytes = code.codeBytes();
    }

    NativeRegion code() {
        return code;
    }

    public boolean isGivenUp() {
        return givenUp;
    }

    /** Code compiled anew after its assumptions broke, at most, for one loop or function. */
    private static final int MAX_RECOMPILES = 3;

    /**
     * Whether this given-up region's loop or function, already compiled anew {@code recompiles}
     * times, is compiled again: when what it assumed changed (not when it ran badly), a few times (a
     * global rebound on every call would otherwise recompile without end).
     */
    public boolean mayRecompile(int recompiles) {
        return stale && recompiles < MAX_RECOMPILES;
    }

    /** Gives the region up for good: an assumption of its code no longer holds. */
    void becomeStale() {
        givenUp = true;
        stale = true;
    }

    void release() {
        code.release();
    }

    /** Lists this entry pinned that its exit moves back to the heap if small (see {@link #unpinSmallLists}). */
    private final List<PyList> pinnedByEntry = new ArrayList<>();
    /** Exits that tried to move lists back so far. */
    private int unpinningExits;
    /**
     * The most items of a list an exit moves back: more than a read site does (PyList.SMALL_PINNED),
     * as an exit moves each list once per entry, and at most UNPINS_PER_SITE times in all.
     * spectral_norm's vectors have 550.
     */
    private static final int UNPINNED_AT_EXIT = 4096;

    /** {@code list} was pinned for this entry ({@code address} 0: it could not be); gives {@code address}. */
    final long pinnedForEntry(PyList list, long address) {
        if (address != 0 && PyList.unpinsSmallLists() && unpinningExits < PyList.UNPINS_PER_SITE) {
            pinnedByEntry.add(list);
        }
        return address;
    }

    /**
     * Moves the small lists this entry pinned back to the heap (with Graal only, as PyList.unpinIfSmall),
     * so that Graal's code of the functions that read them next finds the heap's form. Otherwise a
     * read there moves a list of up to 64 items back itself and leaves the compiled code, whose
     * interpreter runs the loop's region, which pins the list again: nbody's advance left its
     * last-tier code at its first iteration on each of about 40 calls. A longer list stays pinned
     * and the read site learns its second form, invalidating the compiled code: 7 invalidations of
     * spectral_norm's functions in 100 calls of main. Like such a read, at most
     * {@link PyList#UNPINS_PER_SITE} exits do it, so that a region entered on every iteration of a
     * loop in Graal's code stops paying for a list's two moves.
     */
    final void unpinSmallLists() {
        if (pinnedByEntry.isEmpty()) {
            return;
        }
        for (PyList list : pinnedByEntry) {
            list.unpinIfAtMost(UNPINNED_AT_EXIT);
        }
        pinnedByEntry.clear();
        unpinningExits++;
    }

    abstract String workName();

    /**
     * Stops entering a region whose guards fail on most entries with little native work between
     * failures: tier 1 is then cheaper. A loop that appends side-exits whenever the room made at entry
     * runs out (pidigits' digits: about nine times per call, with thousands of iterations between)
     * stays.
     */
    void checkGiveUp() {
        long bad = refusals;
        for (int k = (int) LoopCompiler.EXIT_OVERFLOW; k < exits.length; k++) {
            bad += LoopCompiler.isLive(k) ? 0 : exits[k];
        }
        if (bad > 32 && bad * 2 > entries + refusals && nativeWork < bad * WORK_PER_FAILURE) {
            givenUp = true;
        }
    }

    /** Native work (iterations or calls) per failed entry below which failing entries give a region up. */
    private static final long WORK_PER_FAILURE = 64;
}
