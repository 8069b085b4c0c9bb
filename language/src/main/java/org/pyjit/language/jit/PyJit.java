package org.pyjit.language.jit;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.source.Source;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Tier 2's state in one context: whether it is on, the libc binding, the off-heap slot stack that
 * regions run on, the interrupt word they poll, the installed regions and their statistics.
 */
public final class PyJit {
    /** Slots of the off-heap stack: locals, snapshots and temporaries of the running region. */
    static final int STACK_SLOTS = 1 << 16;
    /**
     * Entries (address, old value) of the undo log of list stores. An iteration of a region's loop
     * that stores more side-exits and is redone in tier 1, where an inner loop runs as its own region.
     */
    static final int UNDO_ENTRIES = 1 << 19;
    /**
     * Slots of the arena of the lists regions make (slices, concatenations): freed at the head of
     * each iteration of a region's loop; an iteration (or a call from tier 1) that needs more
     * side-exits and is redone in tier 1.
     */
    static final int TEMPORARY_SLOTS = 1 << 20;
    /**
     * Pairs (address, epoch) of the filter that spares the undo log a second entry for an item it
     * has one for (list.c's log_undo_once, FILTER_ENTRIES there: the same), used once the log is past its first
     * {@link #UNFILTERED_ENTRIES}.
     */
    private static final int FILTER_ENTRIES = 1 << 16;
    private static final int UNFILTERED_ENTRIES = UNDO_ENTRIES / 16;
    private static final long SCRATCH_BYTES = STACK_SLOTS * 8L + UNDO_ENTRIES * 16L + TEMPORARY_SLOTS * 8L + FILTER_ENTRIES * 16L;
    /** Deepest native call nesting (a few dozen bytes of machine stack per level). */
    static final long MAX_NATIVE_DEPTH = 10_000;

    /** All of memory, to write the pinned list items whose addresses the undo log holds. */
    private static final MemorySegment ANYWHERE = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final Map<PyContext, PyJit> BY_CONTEXT = new WeakHashMap<>();

    private final Env env;
    private boolean enabled;
    /** Whether to say so when tier 2 cannot run (see explicitlyRequested). */
    private final boolean noticeWhenOff;
    final int threshold;
    final boolean stats;
    final boolean dump;
    private final boolean inLastTier;
    private final long codeLimit;
    /**
     * Loaded when the first loop or function is lowered (the stencils) and the first region is
     * installed (NFI's libc binding), not with the context: 12-17 ms of start-up that programs
     * which never compile a region do not need.
     */
    private NativeLibc libc;
    private StencilLibrary library;
    /** Start and end (nanoTime) of each part of that set-up: a region's compile time leaves them out. */
    private final List<long[]> setupSpans = new ArrayList<>(2);
    private final Arena arena;
    private final MemorySegment interrupt;
    /**
     * One anonymous mapping holds the slot stack, the undo log and the temporaries: 17 MB that
     * Arena.allocate would zero before the first region runs (5-14 ms of nbody's 0.3 s, in a JVM
     * that still interprets the zeroing loop), where the kernel maps zero pages only as stores reach
     * them. 0 until a region first runs; programs that compile no region never map it.
     */
    private long scratch;
    private MemorySegment stack;
    /** The word below the stack's first frame: its remaining recursion depth (setCallLimits). */
    private MemorySegment outerDepth;
    private MemorySegment undoLog;
    private MemorySegment temporaries;
    private final PinnedStrs strs = new PinnedStrs();
    private final List<CompiledRegion> regions = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final SourceAsts asts = new SourceAsts();
    private final FunctionJit functions = new FunctionJit(this);
    private long codeBytes;
    private boolean busy;
    private boolean disposed;
    private boolean arenaClosed;
    final JitStats counters = new JitStats();

    private PyJit(Env env) {
        this(env, option(env, PyJitOptions.JIT), option(env, PyJitOptions.JITThreshold), option(env, PyJitOptions.JITStats), option(env, PyJitOptions.JITDump),
                        option(env, PyJitOptions.JITCodeLimit), explicitlyRequested(env));
    }

    PyJit(Env env, boolean on, int threshold, boolean stats, boolean dump, long codeLimit) {
        this(env, on, threshold, stats, dump, codeLimit, true);
    }

    /**
     * Whether the user asked for tier 2 (JIT or one of its reporting options set): only then does
     * tier 2 say that it cannot run. An embedding that denies native access and never mentioned
     * tier 2 gets tier 1 silently, as its output must not change.
     */
    private static boolean explicitlyRequested(Env env) {
        try {
            return env.getOptions().hasBeenSet(PyJitOptions.JIT) || env.getOptions().hasBeenSet(PyJitOptions.JITStats) ||
                            env.getOptions().hasBeenSet(PyJitOptions.JITDump);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    PyJit(Env env, boolean on, int threshold, boolean stats, boolean dump, long codeLimit, boolean noticeWhenOff) {
        this.env = env;
        // Under the Graal compiler a loop or function runs in tier 1 at least once: Graal compiles
        // tier 1's nodes of the functions tier 2 makes hot, and nodes that never ran have no
        // specialization, so code compiled from them would deoptimize at once on every call until
        // Graal gives the function up (a deoptimization loop, found with threshold 0).
        this.threshold = Math.max(PyLanguage.graalCompiles() ? 1 : 0, threshold);
        this.stats = stats;
        this.dump = dump;
        this.inLastTier = option(env, PyJitOptions.JITInLastTier);
        this.codeLimit = codeLimit;
        this.noticeWhenOff = noticeWhenOff;
        this.enabled = on;
        if (on) {
            try {
                NativeLibc.checkPlatform(env);
            } catch (UnsupportedOperationException e) {
                switchOff(e);
            }
        }
        if (enabled) {
            arena = Arena.ofShared();
            // [15..18]: the records bigint.c makes of two small ints.
            interrupt = arena.allocate(19 * 8, 8);
        } else {
            arena = null;
            interrupt = null;
        }
    }

    private void switchOff(RuntimeException why) {
        enabled = false;
        if (noticeWhenOff) {
            err().println("pyjit: tier 2 is off (" + firstLine(why.getMessage()) + "); running in tier 1 only");
            err().flush();
        }
    }

    /** The stencils, loaded on the first call; null when that fails, and tier 2 is off from then on. */
    @TruffleBoundary
    StencilLibrary library() {
        if (library == null && isEnabled()) {
            library = setUp(StencilLibrary::get);
        }
        return library;
    }

    /** libc bound through NFI on the first call; null when that fails, and tier 2 is off from then on. */
    @TruffleBoundary
    NativeLibc libc() {
        if (libc == null && isEnabled()) {
            libc = setUp(() -> {
                NativeLibc bound = NativeLibc.load(env);
                // NFI's first call through a signature costs milliseconds in a cold JVM, once per
                // process: the set-up pays it by mapping the first code pages, not whichever region
                // comes first.
                bound.codePages().prepare();
                return bound;
            });
        }
        return libc;
    }

    /** One part of tier 2's set-up, timed (see setupSpans); null, and tier 2 off, when it fails. */
    private <T> T setUp(Supplier<T> part) {
        long start = System.nanoTime();
        try {
            T value = part.get();
            setupSpans.add(new long[]{start, System.nanoTime()});
            return value;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            switchOff(e);
            return null;
        }
    }

    /** How long tier 2's set-up took in all. */
    private long setupNanos() {
        long total = 0;
        for (long[] span : setupSpans) {
            total += span[1] - span[0];
        }
        return total;
    }

    /** The compile time of a region whose compilation started at {@code startNanos}, without tier 2's set-up. */
    long compileNanos(long startNanos) {
        long nanos = System.nanoTime() - startNanos;
        for (long[] span : setupSpans) {
            if (span[0] >= startNanos) {
                nanos -= span[1] - span[0];
            }
        }
        return nanos;
    }

    /** An option's value; its default when the language does not declare tier 2's options (unit tests of other parts). */
    private static <T> T option(Env env, org.graalvm.options.OptionKey<T> key) {
        try {
            return env.getOptions().get(key);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return key.getDefaultValue();
        }
    }

    /** Releases what this instance holds (tests that make their own instance). */
    void close() {
        dispose(true);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unavailable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @TruffleBoundary
    public static PyJit get(PyContext context) {
        synchronized (BY_CONTEXT) {
            return BY_CONTEXT.computeIfAbsent(context, c -> new PyJit(c.getEnv()));
        }
    }

    /** Releases code memory and the slot stack; prints statistics if asked. Called when the context exits. */
    @TruffleBoundary
    public static void dispose(PyContext context) {
        PyJit jit;
        synchronized (BY_CONTEXT) {
            jit = BY_CONTEXT.remove(context);
        }
        if (jit != null) {
            jit.dispose(true);
        }
    }

    /**
     * At the context's exit (finalizeContext): prints the statistics if asked and releases the code
     * memory while NFI calls still work. Regions are never entered again.
     */
    @TruffleBoundary
    public static void finish(PyContext context) {
        PyJit jit;
        synchronized (BY_CONTEXT) {
            jit = BY_CONTEXT.get(context);
        }
        if (jit != null) {
            jit.dispose(false);
        }
    }

    private synchronized void dispose(boolean freeSlots) {
        if (stats && !counters.printed) {
            counters.printed = true;
            counters.print(err(), regions, refused, setupNanos());
        }
        disposed = true;
        try {
            for (CompiledRegion r : regions) {
                r.release();
            }
            if (libc != null) {
                libc.codePages().close();
                if (scratch != 0 && !busy) {
                    libc.unmap(scratch, SCRATCH_BYTES);
                    scratch = 0;
                }
            }
        } catch (Throwable e) {
            // A cancelled context refuses NFI calls (munmap): the pages stay mapped until the
            // process ends; JITCodeLimit bounds them.
        }
        if (freeSlots && arena != null && !busy && !arenaClosed) {
            arenaClosed = true;
            arena.close();
            strs.release();
        }
    }

    public boolean statsEnabled() {
        return stats;
    }

    /** Whether the code of Graal's last tier runs regions too (the JITInLastTier option). */
    public boolean runsInLastTier() {
        return inLastTier;
    }

    public int threshold() {
        return threshold;
    }

    public void countTier1Iteration() {
        counters.tier1Iterations++;
    }

    public FunctionJit functions() {
        return functions;
    }

    /** Keeps the syntax tree tier 1 was made from, so tier 2 lowers from it instead of parsing again. */
    public static void rememberSyntaxTree(Source source, PyAst.Module module) {
        SourceAsts.remember(source, module);
    }

    SourceAsts asts() {
        return asts;
    }

    public boolean isEnabled() {
        return enabled && !disposed;
    }

    PrintStream err() {
        return new PrintStream(env.err(), true);
    }

    boolean hasCodeRoom() {
        return codeBytes < codeLimit;
    }

    void installed(CompiledRegion region) {
        regions.add(region);
        codeBytes += region.code().mappedBytes();
    }

    void refused(String why) {
        if (stats || dump) {
            refused.add(why);
        }
    }

    boolean acquire() {
        if (busy || disposed) {
            return false;
        }
        busy = true;
        return true;
    }

    void releaseStack() {
        busy = false;
    }

    /** The strs whose characters regions read. */
    PinnedStrs strs() {
        return strs;
    }

    long stackAddress() {
        return scratch().address();
    }

    long interruptAddress() {
        return interrupt.address();
    }

    void putLong(int slot, long v) {
        scratch().setAtIndex(ValueLayout.JAVA_LONG, slot, v);
    }

    long getLong(int slot) {
        return scratch().getAtIndex(ValueLayout.JAVA_LONG, slot);
    }

    void requestInterrupt() {
        interrupt.set(ValueLayout.JAVA_LONG, 0, 1L);
    }

    /**
     * What a thread blocked in native code ({@code TruffleSafepoint.setBlockedFunction}) is
     * interrupted by: it sets the word the code polls, so that cancellation, interrupts and other
     * safepoint actions reach a running native loop. One for every call of a region.
     */
    final TruffleSafepoint.Interrupter interrupter = new TruffleSafepoint.Interrupter() {
        @Override
        public void interrupt(Thread thread) {
            requestInterrupt();
        }

        @Override
        public void resetInterrupted() {
            clearInterrupt();
        }
    };

    /**
     * Sets what native calls check: the recursion depth still allowed, in the word below the
     * outermost frame (call.c: each frame's is below its slot 0), and the end of the slot stack.
     */
    void setCallLimits(long depthBudget) {
        MemorySegment frames = scratch();
        // Native calls nest on the thread's machine stack: a raised recursion limit must not overflow it.
        outerDepth.set(ValueLayout.JAVA_LONG, 0, Math.min(depthBudget, MAX_NATIVE_DEPTH));
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 2, frames.address() + frames.byteSize());
    }

    /** The slot stack, once the scratch mapping that also holds the undo log and temporaries is made. */
    private MemorySegment scratch() {
        if (scratch == 0) {
            scratch = libc.mapReadWrite(SCRATCH_BYTES);
            outerDepth = MemorySegment.ofAddress(scratch).reinterpret(8L);
            stack = MemorySegment.ofAddress(scratch + 8L).reinterpret((STACK_SLOTS - 1) * 8L);
            undoLog = MemorySegment.ofAddress(scratch + STACK_SLOTS * 8L).reinterpret(UNDO_ENTRIES * 16L);
            temporaries = MemorySegment.ofAddress(scratch + STACK_SLOTS * 8L + UNDO_ENTRIES * 16L).reinterpret(TEMPORARY_SLOTS * 8L);
            // The stencils' interrupt words that only depend on the mapping: the undo log's end and
            // start, the temporaries' end and start, where the log's filter starts, the filter.
            long filter = scratch + STACK_SLOTS * 8L + UNDO_ENTRIES * 16L + TEMPORARY_SLOTS * 8L;
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 5, undoLog.address() + UNDO_ENTRIES * 16L);
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 6, undoLog.address());
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 8, temporaries.address() + TEMPORARY_SLOTS * 8L);
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 9, temporaries.address());
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 10, undoLog.address() + UNFILTERED_ENTRIES * 16L);
            interrupt.setAtIndex(ValueLayout.JAVA_LONG, 12, filter);
        }
        return stack;
    }

    /** Native calls counted since the last call (statistics). */
    long takeNativeCalls() {
        long n = interrupt.getAtIndex(ValueLayout.JAVA_LONG, 3);
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 3, 0L);
        return n;
    }

    /**
     * Empties the undo log of list stores (the stencils' interrupt[4]: its next entry), frees the
     * temporary lists (interrupt[7]: the next free slot) and starts a new epoch of the log's filter
     * (interrupt[11]); the other words of both are set once, with the scratch mapping.
     */
    void resetUndoLog() {
        scratch();
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 4, undoLog.address());
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 7, temporaries.address());
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 8, temporariesEnd());
        newLogEpoch();
    }

    /** The log was emptied: no filter pair written so far may spare a store its entry. */
    private void newLogEpoch() {
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 11, interrupt.getAtIndex(ValueLayout.JAVA_LONG, 11) + 1);
    }

    /**
     * A list of the {@code length} slots of {@code kind} that native code made at {@code address}, in
     * the form tier 1 gives such items: floats unboxed unless one is a NaN (as PyList.of does), so
     * that the readers of a list a function region returned see the form of the lists tier 1 makes.
     */
    static PyList temporaryList(long address, long length, PyUnboxed kind) {
        int n = (int) length;
        if (kind == PyUnboxed.FLOAT) {
            double[] floats = new double[n];
            MemorySegment.copy(ANYWHERE, ValueLayout.JAVA_DOUBLE, address, floats, 0, n);
            if (!PyList.holdsNaN(floats)) {
                return PyList.ofFloats(floats);
            }
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = kind.box(ANYWHERE.get(ValueLayout.JAVA_LONG, address + 8L * i));
        }
        return new PyList(items);
    }

    /** The address of {@code words} free words of the arena of temporaries, now taken, or 0 when it has no room. */
    long allocateTemporary(long words) {
        long next = temporariesTop();
        if (words > (arenaEnd() - next) / 8) {
            return 0;
        }
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 7, next + 8 * words);
        return next;
    }

    /**
     * The address of {@code words} words at the arena's end, taken for as long as the region runs
     * (the buffers of big int locals, bigint.c), or 0 when it has no room.
     */
    long allocateLasting(long words) {
        long end = arenaEnd();
        if (words > (end - temporariesTop()) / 8) {
            return 0;
        }
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 8, end - 8 * words);
        return end - 8 * words;
    }

    void readWords(long address, long[] into, int count) {
        MemorySegment.copy(ANYWHERE, ValueLayout.JAVA_LONG, address, into, 0, count);
    }

    void writeWords(long address, long[] from, int count) {
        MemorySegment.copy(from, 0, ANYWHERE, ValueLayout.JAVA_LONG, address, count);
    }

    long temporariesStart() {
        return temporaries.address();
    }

    private long temporariesEnd() {
        return temporaries.address() + TEMPORARY_SLOTS * 8L;
    }

    /** Where the temporaries must end now (interrupt[8]): the mapping's end, less the buffers allocateLasting took. */
    private long arenaEnd() {
        return interrupt.getAtIndex(ValueLayout.JAVA_LONG, 8);
    }

    /** Whether less than a sixteenth of the arena of temporaries is left. */
    boolean temporariesNearlyFull() {
        return arenaEnd() - temporariesTop() < TEMPORARY_SLOTS * 8L / 16;
    }

    /** The end of what the arena of temporaries holds now. */
    long temporariesTop() {
        return interrupt.getAtIndex(ValueLayout.JAVA_LONG, 7);
    }

    long readWord(long address) {
        return ANYWHERE.get(ValueLayout.JAVA_LONG, address);
    }

    void writeWord(long address, long value) {
        ANYWHERE.set(ValueLayout.JAVA_LONG, address, value);
    }

    /** Whether the undo log is full (a store found no room for its entry and side-exited). */
    boolean undoLogFull() {
        return interrupt.getAtIndex(ValueLayout.JAVA_LONG, 4) == interrupt.getAtIndex(ValueLayout.JAVA_LONG, 5);
    }

    /** Undoes the list stores logged since the region's iteration began, latest first, and empties the log. */
    void undoListStores() {
        long start = undoLog.address();
        long next = interrupt.getAtIndex(ValueLayout.JAVA_LONG, 4);
        for (long at = next - 16; at >= start; at -= 16) {
            long offset = at - start;
            long item = undoLog.get(ValueLayout.JAVA_LONG, offset);
            long old = undoLog.get(ValueLayout.JAVA_LONG, offset + 8);
            if (item < 0) {
                // A bool's item: one byte (list_store_byte sets the address's top bit).
                ANYWHERE.set(ValueLayout.JAVA_BYTE, item & Long.MAX_VALUE, (byte) old);
            } else {
                ANYWHERE.set(ValueLayout.JAVA_LONG, item, old);
            }
        }
        interrupt.setAtIndex(ValueLayout.JAVA_LONG, 4, start);
        newLogEpoch();
    }

    void clearInterrupt() {
        interrupt.set(ValueLayout.JAVA_LONG, 0, 0L);
    }
}
