package org.pyjit.language.jit;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.jit.LoopCompiler.Local;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyGlobalCell;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * One compiled loop: its native code and how its slots map to the tier-1 frame. Entering copies the
 * frame's values into the off-heap slots (and pins the lists it uses, whose items native code then
 * reads and writes in place), runs the loop natively (one NFI call per entry) and copies the results
 * back: the live values when the loop ended or broke, the iteration's start when a guard failed (the
 * snapshot, and the values of the locals the iteration assigns before it reads them), with that
 * iteration's list stores undone, so tier 1 redoes that iteration.
 */
public final class LoopRegion extends CompiledRegion {
    /** What the tier-1 loop does next. */
    public static final int TIER1 = 0;
    public static final int DONE = 1;
    public static final int BROKE = 2;
    public static final int RETURNED = 3;

    /**
     * Entering costs microseconds (the NFI call, the safepoint hand-off, copying slots and pinning
     * lists): a loop that runs fewer iterations than this per entry (inner loops included) is faster
     * left to tier 1.
     */
    private static final long MIN_ITERATIONS_PER_ENTRY = 32;

    private final LoopCompiler.Result layout;
    /** Whether a local holds ints of any size (bigint.c). */
    private final boolean bigInts;
    /** Whether it makes lists or assigns slices (fannkuch), which Graal's code does through calls into the runtime. */
    private final boolean makesLists;
    /** Whether it calls functions over tuple trees natively (binary_trees' count(build(depth))). */
    private final boolean treeCalls;

    /** Calls of compiled functions made natively from this loop (statistics). */
    long nativeCalls;

    /**
     * Entries to leave to tier 1 after an iteration stored more list items than the undo log holds
     * (sieve's outer loop at i = 2: 5 million), and how many the next such overflow skips: tier 1
     * runs those iterations (their inner loops natively) instead of the region starting them over.
     */
    private int skipEntries;
    private int overflowBackoff = 8;

    /** The value of the return that ended the last entry, until {@link #takeReturned}. */
    private Object returned;
    /** The local a return's value goes to, or null when the region's returns give None (or it has none). */
    private final Local returnedLocal;
    /** The items of the tuple the region's returns give, in order (none when they give one value or None). */
    private final Local[] returnedItems;

    /** Iterations (inner loops' included) the last entry ran natively. */
    private long lastIterations;

    /** A for loop's count of iterations still to run (its frame slot sizes the room for appends), or null. */
    private final Local remaining;
    private final boolean enumerates;

    /** Per rows local (by slot index): the table of its rows' lists, reused from one entry to the next. */
    private final MemorySegment[] rowTables;
    /**
     * Per rows local of tuples of numbers: the tuples its table was copied from. Tuples are
     * immutable, so while the list holds those very objects the numbers are the same: entering
     * compares references (a loop over the same points once per call) instead of copying again.
     */
    private final Object[][] rowTuples;

    /** Globals that must stay unbound for the region's builtin calls (range, abs, float, ...) to mean the builtins. */
    private final List<PyGlobalCell> builtinCells;

    /** Global variables whose values (the functions it calls natively) the region assumed. */
    private final Map<Object, Object> calleeGlobals;

    /** Where the locals' values live in tier 1 (their frame slots index it). */
    private final LoopVariables variables;

    LoopRegion(String name, NativeRegion code, LoopCompiler.Result layout, long compileNanos, LoopVariables variables, List<PyGlobalCell> builtinCells,
                    Map<Object, Object> calleeGlobals) {
        super(name, code, layout.emitter().instructionCount(), compileNanos);
        this.variables = variables;
        this.builtinCells = builtinCells;
        this.calleeGlobals = calleeGlobals;
        this.layout = layout;
        this.bigInts = holdsBigInts(layout);
        this.makesLists = layout.makesLists();
        this.treeCalls = layout.callsOverTrees();
        this.rowTables = new MemorySegment[layout.locals().size()];
        this.rowTuples = new Object[layout.locals().size()][];
        this.remaining = local(layout, "<remaining>");
        this.enumerates = local(layout, LoopCompiler.ENUMERATE_COUNT) != null;
        this.returnedLocal = local(layout, LoopCompiler.RETURNED);
        List<Local> items = new ArrayList<>();
        for (Local item = local(layout, LoopCompiler.returnedItem(0)); item != null; item = local(layout, LoopCompiler.returnedItem(items.size()))) {
            items.add(item);
        }
        this.returnedItems = items.toArray(new Local[0]);
    }

    /** The local of the region named {@code name}, or null. */
    private static Local local(LoopCompiler.Result layout, String name) {
        for (Local l : layout.locals()) {
            if (l.name.equals(name)) {
                return l;
            }
        }
        return null;
    }

    /**
     * Whether Graal's code of the loop would be slower than the region, so that its last tier calls
     * the region too: a loop of big ints, whose BigInteger arithmetic runs as C1's code by default
     * (pidigits: 2.4 s per call against 0.5 s native once Graal took its function over), one that
     * makes lists or assigns slices, which Graal's code does in the runtime's C1-compiled Java
     * (fannkuch: 2.2 s per call against 0.23 s native), or one calling functions over tuple trees
     * natively, whose trees Graal's code makes on the heap. Loops that only read and store list
     * items are Graal's, as loops of numbers are: its code reads an item with one check of the
     * list's form (PyItemReadNode), faster than the region's slots in memory once it has compiled
     * them (with --pyjit.JIT=false, steady: sieve 0.053 s per call against 0.082 s natively, nbody
     * 0.10 against 0.21 s, spectral_norm 0.045 against 0.047 s).
     */
    public boolean outrunsGraal() {
        return bigInts || makesLists || treeCalls;
    }

    /**
     * Whether the loop, though making lists or calling over trees, is entered too often for too
     * little work to serve Graal's last tier: an entry costs microseconds, Graal's code of an
     * iteration a few nanoseconds more than the region's (a 40-item dot product called 100,000
     * times: 0.04 s in Graal's code, 0.25 s through the region).
     */
    public boolean entriesTooShortForLastTier() {
        return (makesLists || treeCalls) && !bigInts && shortEntries(nativeWork + nativeCalls, LAST_TIER_ITERATIONS_PER_ENTRY);
    }

    /** Whether, after 64 entries at least, the entries averaged less than {@code perEntry} of {@code work}. */
    private boolean shortEntries(long work, long perEntry) {
        return entries >= 64 && work < entries * perEntry;
    }

    /** Iterations and native calls per entry below which such a loop leaves the last tier to Graal's code. */
    private static final long LAST_TIER_ITERATIONS_PER_ENTRY = 1000;

    private static boolean holdsBigInts(LoopCompiler.Result layout) {
        for (Local l : layout.locals()) {
            if (l.big) {
                return true;
            }
        }
        return false;
    }

    @Override
    String workName() {
        return "native iterations";
    }

    /** What the region's return gave: its value, a tuple of its items' values, or None. */
    private Object returnedValue(PyJit jit) {
        if (returnedItems.length > 0) {
            Object[] values = new Object[returnedItems.length];
            for (int k = 0; k < values.length; k++) {
                values[k] = returnedItems[k].kind.box(jit.getLong(returnedItems[k].index));
            }
            return new PyTuple(values);
        }
        return returnedLocal == null ? PyNone.NONE : returnedLocal.kind.box(jit.getLong(returnedLocal.index));
    }

    /** The value of the return that ended the last entry (RETURNED). */
    public Object takeReturned() {
        Object value = returned;
        returned = null;
        return value;
    }

    public long lastIterations() {
        return lastIterations;
    }

    /** Whether the region's loop goes over a list (or zip's lists); {@link #iterable} gives them. */
    public boolean iteratesItems() {
        return layout.iteratesItems();
    }

    /** How many lists the loop goes over in step: zip's, or 1 (0 for a range or while loop). */
    public int iterableCount() {
        return layout.iterableSlots().length;
    }

    /** Whether the region's loop over a list enumerates it (its count in the remaining slot). */
    public boolean enumerates() {
        return enumerates;
    }

    /** List {@code k} the region's loop goes over ({@link #iteratesItems}), as tier 1 holds it in {@code frame}. */
    public Object iterable(Frame frame, int k) {
        return variables.get(frame, layout.iterableSlots()[k]);
    }

    @TruffleBoundary
    public int run(PyJit jit, Node location, MaterializedFrame frame, int depthBudget) {
        if (givenUp) {
            return TIER1;
        }
        if (skipEntries > 0) {
            skipEntries--;
            return TIER1;
        }
        if (layout.inlinesCalls() && depthBudget <= 0 || !jit.acquire()) {
            // At the recursion limit a call lowered in place must raise RecursionError: tier 1's business.
            return TIER1;
        }
        try {
            if (!load(jit, frame)) {
                refusals++;
                checkGiveUp();
                return TIER1;
            }
            entries++;
            jit.setCallLimits(depthBudget);
            long exit;
            try {
                exit = callInterruptibly(jit, location);
            } catch (AbstractTruffleException e) {
                // A safepoint action raised (KeyboardInterrupt): the slots hold the iteration's start
                // again and its list stores are undone; the frame must show that state to the handler.
                store(jit, frame);
                throw e;
            }
            nativeCalls += jit.takeNativeCalls();
            lastIterations = jit.getLong(layout.counterSlot());
            nativeWork += lastIterations;
            if (shortEntries(nativeWork, MIN_ITERATIONS_PER_ENTRY)) {
                givenUp = true;
            }
            exits[(int) exit]++;
            // At the head (no room for big ints) the slots hold the next iteration's start already.
            boolean live = LoopCompiler.isLive(exit) || exit == LoopCompiler.EXIT_HEAD;
            if (!live) {
                restoreSnapshot(jit);
            }
            if (!live && layout.usesLists()) {
                if (jit.undoLogFull()) {
                    skipEntries = overflowBackoff;
                    overflowBackoff = Math.min(overflowBackoff * 2, 1 << 20);
                }
                jit.undoListStores();
            }
            store(jit, frame);
            if (exit == LoopCompiler.EXIT_DONE) {
                return DONE;
            } else if (exit == LoopCompiler.EXIT_BROKE) {
                return BROKE;
            } else if (exit == LoopCompiler.EXIT_RETURNED) {
                returned = returnedValue(jit);
                return RETURNED;
            }
            checkGiveUp();
            return TIER1;
        } finally {
            unpinSmallLists();
            jit.releaseStack();
        }
    }


    private boolean load(PyJit jit, Frame frame) {
        for (PyGlobalCell cell : builtinCells) {
            if (cell.get() != null) {
                becomeStale();
                return false;
            }
        }
        if (!FunctionJit.holds(calleeGlobals)) {
            becomeStale();
            return false;
        }
        List<Local> locals = layout.locals();
        if (layout.usesLists()) {
            jit.resetUndoLog();
        }
        for (Local l : locals) {
            Object v = l.bigConstant != null ? l.bigConstant : l.frameSlot >= 0 ? variables.get(frame, l.frameSlot) : null;
            if (l.rows != null) {
                if (!(v instanceof PyList list)) {
                    return false;
                }
                long table = l.isLength ? list.size() : rowTable(l, list);
                if (table == 0 && !l.isLength) {
                    return false;
                }
                jit.putLong(l.index, table);
            } else if (l.isChar && l.entryBound) {
                if (!PyCodePoints.isOneCharacter(v)) {
                    return false;
                }
                jit.putLong(l.index, ((String) v).codePointAt(0));
            } else if (l.isStr) {
                // A str whose characters the loop reads: its code points (and their count) off-heap.
                long pinned = v instanceof String str ? (l.isLength ? jit.strs().length(str) : jit.strs().items(str)) : -1;
                if (pinned < 0) {
                    return false;
                }
                jit.putLong(l.index, pinned);
            } else if (l.elements != null && l.entryBound) {
                if (!(v instanceof PyList list)) {
                    return false;
                }
                // A list the loop appends to comes first (its length and room after it): make the room once.
                boolean appendTo = l.appended && !l.isLength;
                long items = pinnedForEntry(list, appendTo ? list.pinWithRoom(l.elements, appendRoom(frame, list)) : list.pin(l.elements));
                if (items == 0 || appendTo && aliased(frame, l, list)) {
                    return false;
                }
                jit.putLong(l.index, l.isCapacity ? list.pinnedCapacity() : l.isLength ? list.size() : items);
            } else if (l.big) {
                if (!loadBig(jit, l, v)) {
                    return false;
                }
            } else if (l.entryBound) {
                PyUnboxed kind = PyUnboxed.of(v);
                if (kind != l.kind) {
                    if (kind != null || l.kind == PyUnboxed.INT && NativeBigInts.isInt(v)) {
                        // Another kind of number now (SCALE = 1.5, a function called with a float after
                        // ints), or a big int: compile the loop for it.
                        becomeStale();
                    }
                    return false;
                }
                jit.putLong(l.index, l.kind.toBits(v));
            } else {
                jit.putLong(layout.flag(l), 0);
            }
        }
        jit.putLong(layout.counterSlot(), 0);
        return true;
    }

    /**
     * Room for the items a loop appends: one per remaining iteration of a for loop (over a range, or
     * at most the items of the lists it goes over: a list comprehension's), and as many as the list
     * holds (so that a loop that fills it, side-exits and enters again doubles it).
     */
    private int appendRoom(Frame frame, PyList list) {
        long room = 16 + list.size();
        if (remaining != null && variables.get(frame, remaining.frameSlot) instanceof Long n) {
            room += n;
        } else if (iteratesItems()) {
            long items = Long.MAX_VALUE;
            for (int k = 0; k < iterableCount(); k++) {
                items = Math.min(items, iterable(frame, k) instanceof PyList l ? l.size() : 0);
            }
            room += items;
        }
        return (int) Math.min(room, 1 << 24);
    }

    /** Whether another list local holds {@code list}, which the loop appends to: its length would go stale. */
    private boolean aliased(Frame frame, Local appended, PyList list) {
        for (Local l : layout.locals()) {
            if (l != appended && l.elements != null && !l.isLength && l.frameSlot >= 0 && variables.get(frame, l.frameSlot) == list) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pins the lists of every row of {@code list} and tabulates each one's items address and length
     * (or, for rows of tuples of numbers, copies the numbers), row after row; the table's address, or
     * 0 when a row does not have the shape compiled for.
     */
    private long rowTable(Local l, PyList list) {
        LoopCompiler.Rows rows = l.rows;
        int n = list.size();
        long bytes = Math.max(1, (long) n * rows.tableWidth()) * 8;
        if (rowTables[l.index] == null || rowTables[l.index].byteSize() < bytes) {
            rowTables[l.index] = Arena.ofAuto().allocate(bytes, 8);
            rowTuples[l.index] = null;
        }
        MemorySegment table = rowTables[l.index];
        if (rows.scalars()) {
            Object[] tuples = rowTuples[l.index];
            if (sameItems(list, tuples)) {
                return table.address();
            }
            rowTuples[l.index] = null;
            long address = numbersTable(rows, list, table);
            if (address != 0) {
                rowTuples[l.index] = Arrays.copyOf(list.objectItems(), n);
            }
            return address;
        }
        for (int i = 0; i < n; i++) {
            Object row = list.get(i);
            for (int j = 0; j < rows.arity(); j++) {
                Object component = row;
                if (rows.tuples()) {
                    if (!(row instanceof PyTuple t) || t.size() != rows.arity()) {
                        return 0;
                    }
                    component = t.get(j);
                }
                if (!(component instanceof PyList items)) {
                    return 0;
                }
                long address = pinnedForEntry(items, items.pin(rows.kinds().get(j)));
                if (address == 0) {
                    return 0;
                }
                table.setAtIndex(ValueLayout.JAVA_LONG, (long) i * rows.tableWidth() + 2 * j, address);
                table.setAtIndex(ValueLayout.JAVA_LONG, (long) i * rows.tableWidth() + 2 * j + 1, items.size());
            }
        }
        return table.address();
    }

    /** Whether {@code list} holds exactly the objects {@code items} (by identity, in order). */
    private static boolean sameItems(PyList list, Object[] items) {
        Object[] now = list.objectItems();
        if (items == null || now == null || list.size() != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (now[i] != items[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The numbers of the tuples of {@code list}, row after row, copied into {@code table}: gathered in
     * a Java array and copied at once, since a segment's element stores are calls in the C1-compiled
     * code that runs this while Graal warms up (60 ns per row); 0 when a row has another shape.
     */
    private static long numbersTable(LoopCompiler.Rows rows, PyList list, MemorySegment table) {
        int n = list.size();
        int arity = rows.arity();
        if ((long) n * arity > Integer.MAX_VALUE - 8) {
            return 0;
        }
        long[] numbers = new long[n * arity];
        for (int i = 0; i < n; i++) {
            if (!(list.get(i) instanceof PyTuple t) || t.size() != arity) {
                return 0;
            }
            for (int j = 0; j < arity; j++) {
                Object component = t.get(j);
                PyUnboxed kind = rows.kinds().get(j);
                if (PyUnboxed.of(component) != kind) {
                    return 0;
                }
                numbers[i * arity + j] = kind.toBits(component);
            }
        }
        MemorySegment.copy(numbers, 0, table, ValueLayout.JAVA_LONG, 0, numbers.length);
        return table.address();
    }

    /** A big int local's word (1, the int 0, while a local bound in the loop is not yet), buffer and its capacity. */
    private boolean loadBig(PyJit jit, Local l, Object v) {
        long[] buffer = new long[2];
        long word = 1;
        if (l.entryBound) {
            if (!NativeBigInts.isInt(v)) {
                if (PyUnboxed.of(v) != null) {
                    becomeStale();
                }
                return false;
            }
            word = NativeBigInts.copyIn(jit, v, buffer);
            if (word == 0) {
                return false;
            }
        } else {
            jit.putLong(layout.flag(l), 0);
        }
        jit.putLong(l.index, word);
        jit.putLong(l.bigBuffer.index, buffer[0]);
        jit.putLong(l.bigCapacity.index, buffer[1]);
        return true;
    }

    /** Copies the locals the loop wrote from their slots back into the frame. */
    private void store(PyJit jit, Frame frame) {
        for (Local l : layout.locals()) {
            if (l.appended && l.isLength) {
                // The items the loop appended, up to those of the iteration a side exit gives back.
                ((PyList) variables.get(frame, l.frameSlot)).setPinnedSize((int) jit.getLong(l.index));
                continue;
            }
            if (!l.written || l.frameSlot < 0 || l.isLength) {
                continue;
            }
            if (!l.entryBound && jit.getLong(layout.flag(l)) == 0) {
                continue;
            }
            if (l.rowsOf != null) {
                // A list the loop took from a row: the object in that row of the (unchanged) rows list.
                Object row = ((PyList) variables.get(frame, l.rowsOf.frameSlot)).get((int) jit.getLong(l.row.index));
                variables.setObject(frame, l.frameSlot, l.rowsOf.rows.tuples() ? ((PyTuple) row).get(l.component) : row);
                continue;
            }
            if (l.isChar) {
                variables.setObject(frame, l.frameSlot, Character.toString((int) jit.getLong(l.index)));
                continue;
            }
            if (l.big) {
                variables.setObject(frame, l.frameSlot, NativeBigInts.copyOut(jit, jit.getLong(l.index)));
                continue;
            }
            variables.setBits(frame, l.frameSlot, l.kind, jit.getLong(l.index));
        }
    }

    /**
     * Makes the live slots the iteration's start again, after a side exit or an interrupt (the
     * region then restarts from its head): the locals without a snapshot the iteration assigns
     * again before it reads them.
     */
    private void restoreSnapshot(PyJit jit) {
        long copyMask = layout.copyMaskSlot() >= 0 ? jit.getLong(layout.copyMaskSlot()) : 0;
        for (Local l : layout.locals()) {
            if (l.snapshotted || l.copyMark >= 0 && (copyMask >>> (8 * l.copyMark) & 0xff) != 0) {
                jit.putLong(l.index, jit.getLong(layout.snapshot(l)));
                if (!l.entryBound) {
                    jit.putLong(layout.flag(l), jit.getLong(layout.flagSnapshot(l)));
                }
            }
        }
    }

    /**
     * Runs the code as a blocked thread whose interrupter sets the word the code polls, so that
     * cancellation, interrupts and other safepoint actions reach a running native loop.
     */
    private long callInterruptibly(PyJit jit, Node location) {
        jit.clearInterrupt();
        Long result = TruffleSafepoint.getCurrent().setBlockedFunction(location, jit.interrupter, (Object ignored) -> {
            long exit = code.call(jit.stackAddress(), jit.interruptAddress());
            if (exit == LoopCompiler.EXIT_INTERRUPT) {
                exits[(int) exit]++;
                restoreSnapshot(jit);
                if (layout.usesLists()) {
                    jit.undoListStores();
                }
                throw new InterruptedException();
            }
            return exit;
        }, null, null, null);
        return result;
    }
}
