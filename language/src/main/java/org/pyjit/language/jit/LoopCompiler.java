package org.pyjit.language.jit;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.frame.Frame;
import org.pyjit.language.parser.PyAst;
import org.pyjit.language.parser.PyAstChildren;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.parser.PyAst.Expr;
import org.pyjit.language.parser.PyAst.Stmt;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * Lowers one tier-1 loop (a {@code while}, or a {@code for} over a range or lists) to micro-ops over
 * unboxed slots. The types are those tier 1 produced: the kinds of the values in the frame (and in
 * the globals it keeps like locals, {@link LoopVariables}) when the loop became hot; every other
 * value's kind follows from Python's rules for int, float and bool. Inside, lists of such values are
 * indexed and stored into, and {@code for} also iterates lists of lists or of tuples of lists.
 * Whatever else the loop touches (other objects, calls other than of compiled functions, math and a
 * few builtins, other globals, returns) makes the loop stay in tier 1.
 *
 * <p>
 * Exactness: the region's own loop is the unit of resumption. At the head of each of its iterations
 * the region copies the locals it writes into a snapshot; a failed guard (overflow, zero divisor,
 * range) leaves with the snapshot, so tier 1 redoes that whole iteration from its start. Nothing
 * inside a region has an effect outside its slots but list item stores, which the undo log takes
 * back (list.c), so redoing the iteration is exact. A local that every path of the iteration assigns
 * before it reads it needs no snapshot: redoing the iteration takes the same path up to the failed
 * guard and assigns it the same values again; nor one that no micro-op which may side-exit follows
 * in the iteration (see {@link #needsSnapshot}). A local that some paths
 * of the iteration leave alone is copied where a path first writes it instead, which marks the copy
 * ({@link #writeLocal}).
 */
final class LoopCompiler {
    static final long EXIT_DONE = 0;
    static final long EXIT_BROKE = 1;
    static final long EXIT_INTERRUPT = 2;
    static final long EXIT_OVERFLOW = 3;
    static final long EXIT_DIVISOR = 4;
    static final long EXIT_RANGE = 5;
    static final long EXIT_CALL = 6;
    static final long EXIT_NO_RETURN = 7;
    static final long EXIT_INDEX = 8;
    static final long EXIT_EMPTY = 9;
    /** A loop region's return: the function ends with the value of the local {@link #RETURNED}, or None without it. */
    static final long EXIT_RETURNED = 10;
    /**
     * At the loop's head, with no room left to keep a big int (see {@link #keepBigInts}): the slots
     * hold the start of the next iteration, which tier 1 runs, and nothing is restored or undone.
     */
    static final long EXIT_HEAD = 11;
    static final String[] EXIT_NAMES = {"done", "break", "interrupt", "int overflow", "zero divisor", "value range", "callee exit or recursion depth",
                    "returns None", "list index, length or memory", "empty generator (float sum, min, max)", "return", "no room for big ints"};
    /** The hidden local of the value a loop region's return gives. */
    static final String RETURNED = "<returned>";
    /** The hidden local (never read or written) whose presence says that a loop region's returns give None. */
    private static final String RETURNED_NONE = "<returned None>";

    /** The prefix of the hidden local that says a function's local holds None (1) rather than its number (0). */
    private static final String NONE_FLAG = "<none>";

    /** The hidden local of item {@code k} of the tuple of numbers a loop region's returns give. */
    static String returnedItem(int k) {
        return "<returned item " + k + ">";
    }

    /** Whether exit {@code code} goes on with the program (the loop ended, broke or returned) rather than redoing an iteration in tier 1. */
    static boolean isLive(long code) {
        return code == EXIT_DONE || code == EXIT_BROKE || code == EXIT_RETURNED;
    }

    /** The prefix of the hidden locals of a generator expression lowered in place (they have no frame slot). */
    static final String GENEXPR = "<genexpr@";

    /**
     * A compiled function a region calls natively: its parameters take {@code paramSlots} slots, its
     * result follows them (the items of a tuple are at {@code returnSlots} of its frame); {@code
     * usesLists} when it (or a function it calls) stores into lists or makes new ones.
     */
    record Callee(NativeRegion code, int paramSlots, ValueType returnType, int[] returnSlots, int frameSlots, boolean usesLists) {
    }

    /** Finds (compiling if needed) the function a region calls by a global name. */
    interface Callees {
        /** The callee, or a Callee with null code for the function being compiled itself. */
        Callee resolve(String name, List<ValueType> argTypes) throws Unsupported;

        /**
         * The math function {@code module.name} is, by its name in math ({@code sqrt}, {@code sin},
         * ...), when its calls may be lowered; assumed from here on.
         */
        String mathFunction(String module, String name) throws Unsupported;

        /** The same for the global {@code name} ({@code from math import sqrt}), or null. */
        String importedMathFunction(String name);

        /** The float {@code module.name} holds ({@code math.pi}), assumed from here on. */
        double mathConstant(String module, String name) throws Unsupported;

        /** The address of libm's function {@code function}, when tier 1 calls it too. */
        long libmAddress(String function) throws Unsupported;

        /** The function the global {@code name} holds when its calls may be lowered in place, or null. */
        Inline inline(String name, int argCount);

        /**
         * The generator function of {@code argCount} positional parameters the global {@code name}
         * holds (its body and the names it binds; assumed from here on), or null.
         */
        Inline generator(String name, int argCount);

        /**
         * The name by which calls reach generator function {@code generator}'s sum as a function of its
         * parameters and the sum so far, which returns the sum after its items (see GeneratorFusion).
         */
        String summed(Inline generator);

        /**
         * The int, float or bool the global {@code name} holds, assumed from here on (a function's
         * region has no entry of its own in which to read it), or null when it holds something else.
         */
        Object globalConstant(String name);
    }

    /**
     * A function whose body (straight-line assignments, then a return) a call lowers in place;
     * {@code locals}: the names it binds (every other name it reads is a global).
     */
    record Inline(String name, List<String> params, List<Stmt> body, Set<String> locals) {
    }

    static class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** A function's int local (maybe None) is bound to a tuple tree too: lower again, with it a tree's word throughout. */
    private static final class BecameTree extends Unsupported {
        private static final long serialVersionUID = 1L;

        BecameTree(String name) {
            super("'" + name + "' holds a tuple and an int");
        }
    }

    /** A body lowered in place of a call used something a region cannot do: lower again, calling it instead. */
    private static final class InlineFailed extends Unsupported {
        private static final long serialVersionUID = 1L;

        InlineFailed(String message) {
            super(message);
        }
    }

    /** A Python local (or a hidden loop counter) the region reads or writes. */
    static final class Local {
        final String name;
        final int frameSlot;
        PyUnboxed kind;
        /** Its value at entry is read (it must then hold a value of {@code kind}). */
        boolean entryBound;
        boolean written;
        /** Written, and its value at the iteration's start is copied at the head (a side exit restores it). */
        boolean snapshotted;
        /**
         * Written on some paths of the iteration only, and copied into its snapshot where a path first
         * writes it, which sets byte {@code copyMark} of the copy mask; -1 when not copied so.
         */
        int copyMark = -1;
        int index;
        /** For a list: the type of its items; the slot holds their address, or the length if {@code isLength}. */
        PyUnboxed elements;
        boolean isLength;
        /** For a list a function binds: every list it is bound to is one the region made (not an argument). */
        boolean temporary;
        /**
         * For a list a loop appends to (its items and length locals); {@code isCapacity} for the
         * local {@code <cap>name} of the room of its pinned storage, which entering the region makes.
         */
        boolean appended;
        boolean isCapacity;
        /**
         * For a list a function makes ({@code out = []}, {@code [0] * n}, a comprehension) and
         * appends to: its room is the local {@code <cap>name}, and appending may move its items.
         */
        boolean grows;
        /** For a str a loop reads the characters of (its items and length locals): code points, read only. */
        boolean isStr;
        /** A function's local holding a tuple tree's word ({@link ValueType#TREE}). */
        boolean tree;
        /**
         * A loop's local holding an int of any size as a word (bigint.c), with the hidden locals of
         * its buffer's address and capacity in limbs ({@link #bigBuffer}, {@link #bigCapacity}).
         */
        boolean big;
        Local bigBuffer;
        Local bigCapacity;
        /** For the hidden local of a big int literal: its value, which entering loads. */
        BigInteger bigConstant;
        /** A one-character str the loop compares characters with and never rebinds: its code point. */
        boolean isChar;
        /**
         * For a list whose rows a for loop iterates: their shape; the slot holds the address of a table
         * of each row's lists (items address and length), or the number of rows if {@code isLength}.
         */
        Rows rows;
        /** For a list a for loop takes from rows: the rows' local, its component and the row index's local. */
        Local rowsOf;
        int component;
        Local row;

        Local(String name, int frameSlot) {
            this.name = name;
            this.frameSlot = frameSlot;
        }
    }

    /**
     * A value in slots: an int, float or bool, or a list of {@code kind} when {@code length} is the
     * slot of its length ({@code slot} then holds its items' address); {@code temporary} for a list
     * the region made, which lives in its temporaries until the iteration (or call) ends.
     */
    record Val(PyUnboxed kind, int slot, int length, boolean temporary) {
        /** The {@code length} that marks a tuple tree (see {@link ValueType#TREE}). */
        private static final int TREE = -2;
        /** The {@code length} that marks an int of any size (bigint.c); {@code temporary} when an operation made it. */
        private static final int BIG = -3;

        Val(PyUnboxed kind, int slot) {
            this(kind, slot, -1, false);
        }

        /** A tuple tree's word in {@code slot}: a tuple's address in the arena, 0 for None, 2n + 1 for an int n. */
        static Val tree(int slot) {
            return new Val(PyUnboxed.INT, slot, TREE, true);
        }

        boolean isList() {
            return length >= 0;
        }

        boolean isTree() {
            return length == TREE;
        }

        /** An int's word: 2n + 1 for a small one, else the address of its record. */
        static Val big(int slot, boolean temporary) {
            return new Val(PyUnboxed.INT, slot, BIG, temporary);
        }

        boolean isBig() {
            return length == BIG;
        }

        ValueType type() {
            return isTree() ? ValueType.TREE : new ValueType(kind, isList());
        }
    }

    /** Rows a for loop iterates: lists, or tuples of {@code arity} lists; the item type of each component. */
    record Rows(int arity, boolean tuples, List<PyUnboxed> kinds, boolean scalars) {
        /** Slots per row: each list's items address and length, or (for tuples of numbers) each number's bits. */
        int tableWidth() {
            return scalars ? arity : 2 * arity;
        }
    }

    /**
     * A list a store can reach: the slots of its items' address and its length, the kind of its
     * items, and the local holding it (null for a row of a list of lists).
     */
    private record ListRef(int items, int length, PyUnboxed kind, Local local) {
        Val value() {
            return new Val(kind, items, length, local != null && local.temporary);
        }
    }

    /** Row {@code index} (a slot) of the list of lists whose table local is {@code table}: its list. */
    private record Row(Val list, int index, Local table) {
    }

    /** A loop's targets: {@code next} where continue goes (its head, or a for loop's step), {@code exit} where break goes. */
    private record LoopLabels(Label next, Label exit, boolean isRegion) {
    }

    /** A statement {@code i += 1} and the {@code n} of the loop's test {@code i < n}. */
    private record BoundedStep(PyAst.AugAssign step, Expr bound) {
    }

    /** The outer for loop's hidden frame slots (counter, remaining, step), or null for a while loop. */
    private final int[] rangeSlots;
    private final Stmt loop;
    private final Map<String, Integer> frameSlots;
    private final Frame frame;
    private final LoopVariables variables;
    private final StencilLibrary library;
    private final boolean countIterations;

    private final Map<String, Local> locals = new LinkedHashMap<>();
    /** Each constant's index among the region's constants; {@code constantBits} lists them by index. */
    private final Map<Long, Integer> constants = new HashMap<>();
    private final List<Long> constantBits = new ArrayList<>();
    private int constantCount;
    private int constantBase;
    private boolean changed;
    private int localCount;
    private Emitter e;
    private int nextTemp;
    private final Deque<LoopLabels> loops = new ArrayDeque<>();
    private Set<String> assigned = new HashSet<>();
    /** Expressions of a nested range loop's body computed once before it ({@link #hoistInvariants}), by node. */
    private Map<Expr, Val> hoisted = new IdentityHashMap<>();
    /**
     * Names some path of the region's iteration reads before assigning them (all lowering passes so
     * far): their values at the iteration's start matter when a side exit makes tier 1 redo it.
     */
    private final Set<String> readBeforeAssigned = new HashSet<>();
    /**
     * Names of locals that a micro-op which may side-exit follows in the iteration (all passes so
     * far): a side exit then finds them written.
     */
    private final Set<String> writtenBeforeExit = new HashSet<>();
    /** The variables written before a continue of the region's loop in this iteration. */
    private Set<Local> writtenBeforeContinue = new HashSet<>();
    /** The region's while loop's `i += 1` that cannot overflow ({@link #boundedStep}), or null. */
    private BoundedStep boundedStep;
    /** Names every path of the region's iteration assigns (last pass): copied at the head, not where written. */
    private final Set<String> assignedEveryIteration = new HashSet<>();
    /**
     * The variables every path to here wrote in this iteration (outside nested loops), and those some
     * paths (or a nested loop) wrote: a local copied where written has its copy exactly where it is
     * in the first set.
     */
    private Set<Local> writtenOnAllPaths = new HashSet<>();
    private Set<Local> writtenOnSomePaths = new HashSet<>();
    /**
     * Names written where some paths of the iteration wrote them before and others did not, or in a
     * nested loop (all passes so far): a copy there could take a value of this iteration, so they are
     * copied at the head.
     */
    private final Set<String> copiedAtHead = new HashSet<>();
    /** The slot of the copy mask, one byte per copy mark (copy_local_K), cleared at the loop's head. */
    private int copyMaskSlot = -1;
    private static final int COPY_MARKS = 8;
    private int counterSlot = -1;
    private boolean inlinesCalls;
    /** Whether the region calls functions natively that make or take tuple trees (see {@link Result}). */
    private boolean callsOverTrees;
    /** Whether the region (or a function it calls natively) makes lists or assigns slices (see {@link Result}). */
    private boolean makesLists;
    /** The hidden local of an enumerate's count in a loop over a list (in the range's remaining slot). */
    static final String ENUMERATE_COUNT = "<count>";
    /** The region's for loop goes over a list, its index in the range's counter slot ({@link #iterateItems}). */
    private boolean itemsLoop;
    private int[] iterableSlots = {};
    /**
     * The region stores into lists or makes new ones (itself or in a callee), so its loop head empties
     * the undo log and frees the temporaries.
     */
    private boolean usesLists;
    /**
     * The region reads list items (itself, in a slice or concatenation, or in a callee). Until it does,
     * a loop's stores skip the undo log: redoing an iteration that reads no item stores the same
     * values at the same indexes again, whatever the earlier attempt left in the lists.
     */
    private boolean readsItems;
    /** {@link #bodyNames} of each loop body, found once for all lowering passes. */
    private final Map<List<Stmt>, BodyNames> bodyNames = new IdentityHashMap<>();
    /** Builtins the region uses (range, abs, float, int, min, max, zip, ...): they must not be shadowed by globals. */
    final Set<String> builtinsUsed = new HashSet<>();

    /** Function mode: the function compiled whole, its parameters and their kinds; null for a loop. */
    private final PyAst.FunctionDef function;
    private final List<String> params;
    private final List<ValueType> paramTypes;
    private Callees callees;
    private ValueType returnType;
    /** The types this pass assumed for the values of recursive calls lowered before any return. */
    private final Set<ValueType> guessedReturns = new HashSet<>();
    private int prevSlotCount;
    private boolean usedCallBase;
    /** Function mode: the function polls the interrupt word at entry (see lowerFunction). */
    private boolean pollsAtEntry = true;
    /** Function mode: no loop or native call was lowered so far in this pass. */
    private boolean leaf;
    /** While a called function's body is lowered in place: its locals (parameters first); else null. */
    private Map<String, Val> inlined;
    /** The names the function lowered in place binds. */
    private Set<String> inlinedLocals;
    /** Functions whose bodies could not be lowered in place (their calls stay calls). */
    private final Set<String> notInlined = new HashSet<>();
    /** The type of the items appended to each list made empty (ints until an append says otherwise). */
    private final Map<String, PyUnboxed> grownKinds = new HashMap<>();
    /** The names of the lists the function appends to, found once ({@link #appendedTo}). */
    private Set<String> appendedNames;
    /** The kind of the numbers each local a function also binds to None holds (ints until an assignment says otherwise). */
    private final Map<String, PyUnboxed> noneKinds = new HashMap<>();
    /** The largest constant index the code uses on each name (b1[6]: 6), found once. */
    private Map<String, Long> constantIndexMax;
    /** List locals (by slot) whose length was checked to cover constant indexes up to the value. */
    private final Map<Integer, Long> lengthChecked = new HashMap<>();

    /**
     * A loop region. {@code frameSlots}: the slot of each variable by name, among {@code variables}
     * (the frame's, and globals the region keeps like locals).
     */
    LoopCompiler(StencilLibrary library, Stmt loop, Map<String, Integer> frameSlots, Frame frame, LoopVariables variables, int[] rangeSlots,
                    boolean countIterations) {
        this(library, loop, frameSlots, frame, variables, rangeSlots, countIterations, null, null, null);
    }

    private LoopCompiler(StencilLibrary library, Stmt loop, Map<String, Integer> frameSlots, Frame frame, LoopVariables variables, int[] rangeSlots,
                    boolean countIterations, PyAst.FunctionDef function, List<String> params, List<ValueType> paramTypes) {
        this.function = function;
        this.params = params;
        this.paramTypes = paramTypes;
        this.library = library;
        this.loop = loop;
        this.frameSlots = frameSlots;
        this.frame = frame;
        this.variables = variables;
        this.rangeSlots = rangeSlots;
        this.countIterations = countIterations;
    }

    /** A function compiled whole: parameters from slot 0 on (a list takes two), the return value after them. */
    static LoopCompiler forFunction(StencilLibrary library, PyAst.FunctionDef def, Map<String, Integer> frameSlots, List<String> params, List<ValueType> types,
                    boolean countCalls) {
        return new LoopCompiler(library, def, frameSlots, null, LoopVariables.frameOnly(), null, countCalls, def, params, types);
    }

    /**
     * The for loop of this region goes over a list ({@code for x in xs}, a local), not a range: it
     * starts at the index its caller puts into the range's counter slot and leaves the next index
     * there.
     */
    void iterateItems() {
        itemsLoop = true;
    }

    void setCallees(Callees callees) {
        this.callees = callees;
    }

    ValueType returnType() {
        return returnType;
    }

    /**
     * The lowered region: its emitter, the locals and the slot layout. {@code inlinesCalls}: a loop
     * region that lowered calls in place, whose recursion depth its caller checks at entry (one call
     * deeper must stay within the limit; see {@link #inline}). {@code callsOverTrees}: it calls
     * functions natively that make or take tuple trees, which their code of Graal's last tier would
     * make as tuples on the heap. {@code makesLists}: it makes lists (slices, concatenations,
     * {@code [x] * n}) or assigns slices, itself or in a callee that uses lists, which Graal's code
     * does through calls into the runtime.
     */
    record Result(Emitter emitter, List<Local> locals, int localCount, int slotCount, int counterSlot, int copyMaskSlot, Set<String> builtins,
                    boolean usesLists, boolean inlinesCalls, boolean callsOverTrees, boolean makesLists, int[] iterableSlots) {
        /** Whether the region's loop goes over lists (zip's in order; the slots {@link #iterableSlots} hold them). */
        boolean iteratesItems() {
            return iterableSlots.length > 0;
        }

        int snapshot(Local l) {
            return localCount + l.index;
        }

        int flag(Local l) {
            return 2 * localCount + l.index;
        }

        int flagSnapshot(Local l) {
            return 3 * localCount + l.index;
        }
    }

    Result compile() throws Unsupported {
        // Kinds and written locals are discovered while lowering; lower again until nothing changes,
        // so that the last pass's slot layout and snapshot list are final.
        for (int pass = 0; pass < 8; pass++) {
            changed = false;
            usedCallBase = false;
            localCount = locals.size();
            try {
                if (function != null) {
                    lowerFunction();
                } else {
                    lowerRegion();
                }
            } catch (InlineFailed failed) {
                inlined = null;
                continue;
            } catch (BecameTree found) {
                continue;
            }
            if (usedCallBase) {
                // The last slot, just below the callees' frames: their remaining recursion depth (call.c).
                temp();
            }
            boolean frameMoved = usedCallBase && nextTemp != prevSlotCount;
            prevSlotCount = nextTemp;
            if (!guessedReturns.isEmpty() && returnType != null && !(guessedReturns.size() == 1 && guessedReturns.contains(returnType))) {
                changed = true;
            }
            if (!changed && !frameMoved && localCount == locals.size()) {
                return new Result(e, List.copyOf(locals.values()), localCount, nextTemp, counterSlot, function == null ? copyMaskSlot : -1,
                                Set.copyOf(builtinsUsed), usesLists, inlinesCalls, callsOverTrees, makesLists, iterableSlots);
            }
        }
        throw new Unsupported("types do not settle");
    }

    // ------------------------------------------------------------------------------------ region

    private void lowerRegion() throws Unsupported {
        e = new Emitter(library);
        hoisted = new IdentityHashMap<>();
        constantCount = constants.size();
        constantBase = 4 * localCount;
        nextTemp = constantBase + constantCount;
        assigned = new HashSet<>();
        loops.clear();
        loadConstants();
        counterSlot = countIterations ? temp() : -1;
        copyMaskSlot = temp();
        Label head = e.newLabel();
        Label done = e.newLabel();
        Label broke = e.newLabel();
        List<Stmt> body = loop instanceof PyAst.While w ? w.body() : loop instanceof PyAst.For f ? f.body() : List.of();
        List<Local> counters = List.of();
        if (loop instanceof PyAst.For) {
            counters = itemsLoop ? List.of(hidden("<index>", rangeSlots[0])) : List.of(hidden("<counter>", rangeSlots[0]), hidden("<remaining>", rangeSlots[1]));
        }
        enterLoop(body, counters.stream().mapToInt(l -> l.index).toArray());
        e.bind(head);
        keepBigInts();
        int marks = 0;
        for (Local l : locals.values()) {
            boolean needed = l.written && needsSnapshot(l);
            l.copyMark = needed && copiedWhereWritten(l) && marks < COPY_MARKS ? marks++ : -1;
            l.snapshotted = needed && l.copyMark < 0;
            if (l.snapshotted) {
                e.op("move", localCount + l.index, l.index);
                if (!l.entryBound) {
                    e.op("move", 3 * localCount + l.index, 2 * localCount + l.index);
                }
            }
        }
        if (marks > 0) {
            e.op("load_const", copyMaskSlot, 0);
        }
        writtenOnAllPaths = new HashSet<>();
        writtenOnSomePaths = new HashSet<>();
        writtenBeforeContinue = new HashSet<>();
        e.onSideExit(this::sideExitFollowsWrites);
        if (usesLists) {
            e.op("undo_log_reset");
        }
        e.guarded("poll_interrupt", EXIT_INTERRUPT);
        if (counterSlot >= 0) {
            e.op("count", counterSlot);
        }
        checkEntryListLengths();
        // A for loop steps its counter (a range's, or the index in the lists) at the end of the
        // iteration (continue goes there too), so that a side exit anywhere in the body finds it as
        // the iteration began.
        Label step = loop instanceof PyAst.For ? e.newLabel() : head;
        loops.push(new LoopLabels(step, broke, true));
        if (loop instanceof PyAst.While w) {
            boundedStep = boundedStep(w);
            jumpIfFalse(w.test(), done);
            block(w.body());
        } else if (loop instanceof PyAst.For f && itemsLoop) {
            // The iterator (a list's, a str's or an enumerate object) brings the index and the count.
            CharsLoop chars = charsLoop(f);
            ItemsLoop items = chars == null ? itemsLoop(f) : null;
            Local index = hidden("<index>", rangeSlots[0]);
            markWritten(index);
            int count = -1;
            if (chars != null && chars.counter() != null || items != null && items.counter() != null) {
                Local counted = hidden(ENUMERATE_COUNT, rangeSlots[1]);
                markWritten(counted);
                count = counted.index;
            }
            if (chars != null) {
                // A BMP-only str's index (the iterator's): its code points are its chars.
                Local str = strLocal(chars.source().id());
                iterableSlots = new int[]{str.frameSlot};
                nextCharacter(done, index.index, count, chars, str);
            } else if (items != null) {
                List<ListRef> lists = listRefs(items);
                iterableSlots = lists.stream().mapToInt(list -> list.local().frameSlot).toArray();
                nextItem(done, index.index, count, items, lists);
            } else if (f.iter() instanceof PyAst.Name source && isRows(source)) {
                // for x, y in pts (for row in grid): the index of the row.
                List<String> targets = forTargets(f);
                Local table = rowsLocal(source.id(), targets.size(), f.target() instanceof PyAst.TupleExpr);
                iterableSlots = new int[]{table.frameSlot};
                e.branch("branch_int_ge", done, index.index, locals.get("<rows>" + source.id()).index);
                bindRow(targets, table, index.index);
            } else {
                throw new Unsupported("for over something else than a local list of ints, floats or bools, rows of them, or a str");
            }
            block(f.body());
            e.bind(step);
            writtenOnSomePaths.addAll(writtenBeforeContinue);
            stepItems(index.index, count);
        } else if (loop instanceof PyAst.For f) {
            if (!(f.target() instanceof PyAst.Name target)) {
                throw new Unsupported("for target is not a name");
            }
            Local counter = hidden("<counter>", rangeSlots[0]);
            Local remaining = hidden("<remaining>", rangeSlots[1]);
            Local stepSize = hidden("<step>", rangeSlots[2]);
            e.branch("branch_int_le_imm", done, remaining.index, 0);
            assign(target.id(), new Val(PyUnboxed.INT, counter.index));
            block(f.body());
            e.bind(step);
            markWritten(remaining);
            // remaining > 0 here, so the count down cannot overflow.
            e.op("int_add_imm_wrap", remaining.index, remaining.index, -1);
            markWritten(counter);
            e.op("int_add_wrap", counter.index, counter.index, stepSize.index);
        } else {
            throw new Unsupported("not a loop");
        }
        if (!assigned.equals(assignedEveryIteration)) {
            assignedEveryIteration.clear();
            assignedEveryIteration.addAll(assigned);
            changed = true;
        }
        loops.pop();
        e.branch("jump", head);
        e.leaveLoop();
        e.bind(done);
        e.exit(EXIT_DONE);
        e.bind(broke);
        e.exit(EXIT_BROKE);
    }

    private void lowerFunction() throws Unsupported {
        e = new Emitter(library);
        hoisted = new IdentityHashMap<>();
        constantCount = constants.size();
        constantBase = localCount;
        nextTemp = constantBase + constantCount;
        assigned = new HashSet<>();
        loops.clear();
        guessedReturns.clear();
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i);
            ValueType type = paramTypes.get(i);
            if (locals.get(name) == null) {
                if (type.list()) {
                    newListLocal(name, frameSlot(name), type.kind(), true);
                } else {
                    Local p = newLocal(name, frameSlot(name));
                    p.kind = type.tree() ? PyUnboxed.INT : type.kind();
                    p.tree = type.tree();
                    p.entryBound = true;
                }
            }
        }
        hidden("<return>", -1);
        hidden("<return length>", -1);
        if (pollsAtEntry) {
            e.guarded("poll_interrupt", EXIT_INTERRUPT);
        }
        leaf = true;
        loadConstants();
        if (countIterations) {
            e.op("count_call");
        }
        checkEntryListLengths();
        block(function.body());
        returnNone();
        // A function without loops and native calls ends soon by itself; any other polls at entry, so that
        // a deep or endless recursion (whose calls never pass a loop's poll) can be interrupted.
        if (pollsAtEntry == leaf) {
            pollsAtEntry = !leaf;
            changed = true;
        }
    }

    /**
     * A return inside a loop region: the region leaves (the live values go back to the frame, as at a
     * break) and the hook returns the value from the function, as tier 1's return does. Every return
     * of the region gives a value of one kind, or None.
     */
    private void loopReturn(PyAst.Return r) throws Unsupported {
        if (inlined != null) {
            throw new Unsupported("return");
        }
        boolean none = r.value() == null || r.value() instanceof PyAst.NoneLit;
        if (!none && r.value() instanceof PyAst.TupleExpr t && !t.elts().isEmpty()) {
            loopReturnTuple(t);
            return;
        }
        Val v = none ? null : expr(r.value());
        Local result = locals.get(none ? RETURNED_NONE : RETURNED);
        if (locals.containsKey(none ? RETURNED : RETURNED_NONE) || locals.containsKey(returnedItem(0)) || !none && result != null && result.kind != v.kind()) {
            throw new Unsupported("returns values of different types");
        }
        if (result == null) {
            result = newLocal(none ? RETURNED_NONE : RETURNED, -1);
            result.kind = none ? PyUnboxed.INT : v.kind();
        }
        if (!none) {
            // Not marked written: the value needs no snapshot, and leaving writes no frame slot for it.
            moveInto(result.index, v.slot());
        }
        e.exit(EXIT_RETURNED);
    }

    /** {@code return i, x} inside a loop region: every return of the region gives a tuple of numbers of the same kinds. */
    private void loopReturnTuple(PyAst.TupleExpr t) throws Unsupported {
        List<Val> values = new ArrayList<>();
        for (Val v : treeItems(t)) {
            values.add(number(v));
        }
        if (locals.containsKey(RETURNED) || locals.containsKey(RETURNED_NONE) || locals.containsKey(returnedItem(values.size())) ||
                        values.size() > 1 && locals.containsKey(returnedItem(0)) && !locals.containsKey(returnedItem(values.size() - 1))) {
            throw new Unsupported("returns values of different types");
        }
        List<Local> items = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            Local item = locals.get(returnedItem(k));
            if (item == null) {
                item = newLocal(returnedItem(k), -1);
                item.kind = values.get(k).kind();
            } else if (item.kind != values.get(k).kind()) {
                throw new Unsupported("returns values of different types");
            }
            items.add(item);
        }
        for (int k = 0; k < values.size(); k++) {
            // Moved once all are computed; not marked written, as a single value's return local.
            e.op("move", items.get(k).index, values.get(k).slot());
        }
        e.exit(EXIT_RETURNED);
    }

    /** The first slot after the parameters: the return value's (a list's items, then its length). */
    int returnSlot() {
        return ValueType.slots(paramTypes);
    }

    /**
     * The slot of item {@code k} of a returned tuple: the two after the parameters, then hidden
     * locals wherever they were made (the caller reads them at the same offsets in the callee's frame).
     */
    private int returnSlot(int k) {
        return k < 2 ? returnSlot() + k : hidden("<return " + k + ">", -1).index;
    }

    /** Where each item of the returned tuple is (null unless the function returns tuples). */
    int[] returnSlots() {
        return returnType == null || !returnType.isTuple() ? null : ownReturnSlots(returnType.items().size());
    }

    private int[] ownReturnSlots(int arity) {
        int[] slots = new int[arity];
        for (int k = 0; k < arity; k++) {
            slots[k] = returnSlot(k);
        }
        return slots;
    }

    private void returnStmt(PyAst.Return r) throws Unsupported {
        if (function == null) {
            loopReturn(r);
            return;
        }
        if (r.value() == null || r.value() instanceof PyAst.NoneLit) {
            returnNone();
            return;
        }
        if (r.value() instanceof PyAst.TupleExpr t && !t.elts().isEmpty()) {
            returnTuple(t);
            return;
        }
        Val v = value(r.value());
        if (v.isList() && !v.temporary()) {
            // Tier 1 gets a returned list as a new object: only right for a list the function made.
            throw new Unsupported("returns a list it did not make");
        }
        settleReturnType(v.type());
        if (v.isList()) {
            e.op("move", returnSlot(), v.slot());
            e.op("move", returnSlot() + 1, v.length());
        } else {
            moveInto(returnSlot(), v.slot());
        }
        e.exit(EXIT_DONE);
    }

    /** Takes {@code type} as what the function returns, the only type it may return besides None. */
    private void settleReturnType(ValueType type) throws Unsupported {
        if (returnType == null || returnType == ValueType.NONE) {
            // A None return lowered before this one becomes a side exit in the next pass.
            changed |= returnType != null;
            returnType = type;
        } else if (!returnType.equals(type)) {
            throw new Unsupported("returns both " + returnType + " and " + type);
        }
    }

    /**
     * {@code return a, b}: a tuple of numbers, each item in its return slot; or a new tuple tree,
     * when an item is None or a tuple tree (its ints then go in as trees' words).
     */
    private void returnTuple(PyAst.TupleExpr t) throws Unsupported {
        List<Val> values = treeItems(t);
        if (values.stream().anyMatch(Val::isTree)) {
            Val tree = newTree(values);
            settleReturnType(ValueType.TREE);
            moveInto(returnSlot(), tree.slot());
            e.exit(EXIT_DONE);
            return;
        }
        settleReturnType(ValueType.tuple(values.stream().map(Val::kind).toList()));
        for (int k = 0; k < values.size(); k++) {
            // Plain moves: the return slots are hidden locals that no item reads.
            e.op("move", returnSlot(k), values.get(k).slot());
        }
        e.exit(EXIT_DONE);
    }

    /**
     * {@code return}, {@code return None} or the end of the function's body. A function that
     * returns values of one type elsewhere leaves to tier 1 here, which runs the call again.
     */
    private void returnNone() {
        if (returnType == null) {
            returnType = ValueType.NONE;
        }
        if (returnType.tree()) {
            // None is a tree too.
            e.op("load_const", returnSlot(), 0);
            e.exit(EXIT_DONE);
            return;
        }
        e.exit(returnType == ValueType.NONE ? EXIT_DONE : EXIT_NO_RETURN);
    }

    // ------------------------------------------------------------------------------------ tuple trees

    /**
     * The items of a tuple display, computed left to right: numbers, or None, ints and tuple trees
     * (returned, a tuple of numbers gives one slot per item; see {@link #returnTuple}).
     */
    private List<Val> treeItems(PyAst.TupleExpr t) throws Unsupported {
        List<Val> values = new ArrayList<>();
        for (Expr x : t.elts()) {
            if (x instanceof PyAst.Starred) {
                throw new Unsupported("starred item in a tuple display");
            }
            Val v = value(x);
            if (v.isList()) {
                throw new Unsupported("a tuple holding a list");
            }
            values.add(v);
        }
        return values;
    }

    /** A new tuple of {@code items} (None, ints or tuple trees) in the arena of temporaries. */
    private Val newTree(List<Val> items) throws Unsupported {
        List<Val> words = new ArrayList<>();
        for (Val v : items) {
            words.add(treeWord(v));
        }
        usesListState();
        int tree = temp();
        e.guarded("tuple_alloc", EXIT_INDEX, tree, words.size(), 8 * (words.size() + 1));
        for (int k = 0; k < words.size(); k++) {
            e.op("tuple_set", tree, 8 * (k + 1), words.get(k).slot());
        }
        return Val.tree(tree);
    }

    /** The {@code arity} items of a tuple tree; None or another length side-exits to tier 1's error. */
    private List<Val> unpackTree(Val tree, int arity) {
        e.guarded("tuple_check", EXIT_RANGE, tree.slot(), arity);
        List<Val> items = new ArrayList<>();
        for (int k = 0; k < arity; k++) {
            int item = temp();
            e.op("tuple_get", item, tree.slot(), 8 * (k + 1));
            items.add(Val.tree(item));
        }
        return items;
    }

    /** How {@code x is None} is decided: slot {@code slot} is 0 for None ({@code zeroIsNone}, a tree's word) or not 0 (a None flag); -1: never None. */
    private record NoneTest(int slot, boolean zeroIsNone) {
    }

    /**
     * What decides {@code x is None}: the None flag of a function's local that may hold None or a
     * number; else {@code x}'s value, computed once: a tuple tree ({@code node}, {@code node[1]},
     * {@code find(node, k)}) is None when its word is 0, and a number or a list never is (a loop
     * region checks at entry that the locals it reads hold them, and binds no None).
     */
    private NoneTest noneTest(Expr x) throws Unsupported {
        if (x instanceof PyAst.Name n && inlined == null && locals.get(NONE_FLAG + n.id()) instanceof Local flag && !locals.get(n.id()).tree) {
            return new NoneTest(flag.index, false);
        }
        Val v = value(x);
        return v.isTree() ? new NoneTest(v.slot(), true) : new NoneTest(-1, false);
    }

    private Val nativeCall(String name, List<Expr> args) throws Unsupported {
        return nativeCall(name, args, -1).get(0);
    }

    /**
     * The call's value: {@code arity} -1 for one value, 0 for none (a statement: the function may
     * return None), else the items of the tuple of that many numbers it returns.
     */
    private List<Val> nativeCall(String name, List<Expr> args, int arity) throws Unsupported {
        boolean discard = arity == 0;
        if (callees == null) {
            throw new Unsupported("call of " + name);
        }
        List<Val> values = new ArrayList<>();
        List<ValueType> types = new ArrayList<>();
        boolean treeArgs = false;
        for (Expr a : args) {
            if (a instanceof PyAst.Starred) {
                throw new Unsupported("starred argument");
            }
            Val v = value(a);
            values.add(v);
            types.add(v.type());
            treeArgs |= v.type().tree();
        }
        Inline in = arity >= 0 || inlined != null || notInlined.contains(name) ? null : callees.inline(name, args.size());
        if (in != null) {
            try {
                return List.of(inline(in, values));
            } catch (Unsupported ex) {
                notInlined.add(name);
                throw new InlineFailed(name + ": " + ex.getMessage());
            }
        }
        Callee callee;
        try {
            callee = callees.resolve(name, types);
        } catch (Unsupported refused) {
            // root = None, then root = insert(root, x): the callee may take the local as a tree.
            for (Expr a : args) {
                Local l = a instanceof PyAst.Name n && inlined == null ? locals.get(n.id()) : null;
                if (l != null && locals.containsKey(NONE_FLAG + l.name) && mayBecomeTree(l)) {
                    becomeTree(l);
                }
            }
            throw refused;
        }
        leaf = false;
        int codeSlot = temp();
        int base = prevSlotCount;
        usedCallBase = true;
        // Moved only once all are computed (a call among them uses the same frame); no expression of a
        // region rebinds a local, so the later arguments did not change the earlier ones.
        int at = base;
        for (Val v : values) {
            if (inlined == null && !v.isList()) {
                moveInto(at++, v.slot());
            } else {
                // A body lowered in place may read the value again under its name: never retarget it.
                e.op("move", at++, v.slot());
            }
            if (v.isList()) {
                e.op("move", at++, v.length());
            }
        }
        ValueType type;
        int size;
        int[] returnSlots;
        if (callee.code() == null) {
            if (discard) {
                type = ValueType.NONE;
            } else if (returnType == null || returnType == ValueType.NONE && arity < 0) {
                // A function whose returns so far gave None, and whose value is used, may give tuple trees.
                type = arity < 0 ? returnType == null ? ValueType.INT : ValueType.TREE : ValueType.tuple(Collections.nCopies(arity, PyUnboxed.INT));
                guessedReturns.add(type);
            } else {
                type = returnType;
            }
            returnSlots = type.isTuple() ? ownReturnSlots(type.items().size()) : null;
            size = prevSlotCount;
        } else {
            type = callee.returnType();
            returnSlots = callee.returnSlots();
            size = callee.frameSlots();
            if (callee.usesLists()) {
                makesListsState();
            }
        }
        readsListItems();
        e.callGuarded(callee.code(), EXIT_CALL, base, codeSlot, Math.max(1, size));
        callsOverTrees |= treeArgs || type.tree();
        if (discard) {
            return List.of();
        }
        if (type == ValueType.NONE) {
            throw new Unsupported("the value of " + name + "(), which returns None");
        }
        if (type.tree()) {
            int tree = temp();
            e.op("move", tree, base + callee.paramSlots());
            return arity > 0 ? unpackTree(Val.tree(tree), arity) : List.of(Val.tree(tree));
        }
        if (type.isTuple() != arity > 0 || arity > 0 && type.items().size() != arity) {
            throw new Unsupported("the value of " + name + "(), which returns " + type);
        }
        if (arity > 0) {
            List<Val> items = new ArrayList<>();
            for (int k = 0; k < arity; k++) {
                int item = temp();
                e.op("move", item, base + returnSlots[k]);
                items.add(new Val(type.items().get(k), item));
            }
            return items;
        }
        int result = temp();
        e.op("move", result, base + callee.paramSlots());
        if (!type.list()) {
            return List.of(new Val(type.kind(), result));
        }
        int length = temp();
        e.op("move", length, base + callee.paramSlots() + 1);
        return List.of(new Val(type.kind(), result, length, true));
    }

    /**
     * The call's value, from the function's body lowered in place: its parameters name the argument
     * values (no expression of that body can rebind a caller's local or change a list), its
     * assignments name the values they computed. A side exit inside redoes the caller's iteration or
     * call in tier 1, with the call. A real call one level deeper must not pass the recursion limit:
     * a function region checks the depth it was called at where the call is, a loop region (whose
     * depth does not change while it runs: its native calls return to it) once before it is entered.
     */
    private Val inline(Inline in, List<Val> args) throws Unsupported {
        inlined = new HashMap<>();
        inlinedLocals = in.locals();
        for (int i = 0; i < args.size(); i++) {
            inlined.put(in.params().get(i), args.get(i));
        }
        if (function == null) {
            inlinesCalls = true;
        } else {
            e.guarded("check_depth", EXIT_CALL);
        }
        List<Stmt> body = in.body();
        for (Stmt s : body.subList(0, body.size() - 1)) {
            statement(s);
        }
        Val value = value(((PyAst.Return) body.getLast()).value());
        Val result = value.isTree() ? value : scalar(value);
        inlined = null;
        return result;
    }

    /** The value copied into fresh temporaries (an argument must not change while later ones are computed). */
    private Val copy(Val v) {
        int slot = temp();
        e.op("move", slot, v.slot());
        if (v.isTree()) {
            return Val.tree(slot);
        }
        if (!v.isList()) {
            return new Val(v.kind(), slot);
        }
        int length = temp();
        e.op("move", length, v.length());
        return new Val(v.kind(), slot, length, v.temporary());
    }

    private void usesListState() {
        if (!usesLists) {
            usesLists = true;
            changed = true;
        }
    }

    /** The region makes lists or assigns slices (see {@link Result}): it uses the list state too. */
    private void makesListsState() {
        usesListState();
        makesLists = true;
    }

    private void readsListItems() {
        if (!readsItems) {
            readsItems = true;
            changed = true;
        }
    }

    /** A store of this region may skip the undo log (a function's stores are redone with its callers'). */
    private boolean unloggedStores() {
        return function == null && !readsItems;
    }

    private Local hidden(String name, int frameSlot) {
        Local l = locals.get(name);
        if (l == null) {
            l = newLocal(name, frameSlot);
            l.kind = PyUnboxed.INT;
            l.entryBound = true;
        }
        return l;
    }

    /** A list local: its items' address, then (as {@code <len>name}) its length. */
    private Local newListLocal(String name, int frameSlot, PyUnboxed kind, boolean entryBound) {
        Local items = newCountedLocal(name, "<len>", frameSlot, kind, entryBound);
        items.elements = kind;
        locals.get("<len>" + name).elements = kind;
        return items;
    }

    /** A local of {@code kind} and, named {@code countPrefix + name}, the int local of its length. */
    private Local newCountedLocal(String name, String countPrefix, int frameSlot, PyUnboxed kind, boolean entryBound) {
        Local value = newLocal(name, frameSlot);
        value.kind = kind;
        value.entryBound = entryBound;
        Local count = newLocal(countPrefix + name, frameSlot);
        count.kind = PyUnboxed.INT;
        count.entryBound = entryBound;
        count.isLength = true;
        return value;
    }

    private Local newLocal(String name, int frameSlot) {
        Local l = new Local(name, frameSlot);
        l.index = locals.size();
        locals.put(name, l);
        changed = true;
        return l;
    }

    /**
     * Whether a local the region's loop writes needs a snapshot at the head of its iterations. Not a
     * variable of the frame that no path of the iteration reads before assigning it: redoing the
     * iteration assigns it again before any use. Nor the state of the region's for loop (a range's
     * counter and count down, a list's index and enumerate's count): it steps at the iteration's end,
     * after the last micro-op that may side-exit.
     * Hidden locals, lists and their lengths, and rows are always copied.
     */
    private boolean needsSnapshot(Local l) {
        boolean loopState = rangeSlots != null && l.name.startsWith("<") && (l.frameSlot == rangeSlots[0] || l.frameSlot == rangeSlots[1]);
        if (loopState) {
            return false;
        }
        return !isVariable(l) || readBeforeAssigned.contains(l.name) && writtenBeforeExit.contains(l.name);
    }

    /** A micro-op that may side-exit: the variables this iteration wrote so far must be restorable. */
    private void sideExitFollowsWrites() {
        for (Set<Local> written : List.of(writtenOnAllPaths, writtenOnSomePaths)) {
            for (Local l : written) {
                if (writtenBeforeExit.add(l.name)) {
                    changed = true;
                }
            }
        }
    }

    /** A variable of the frame holding an int, float or bool, which only {@link #assign} writes. */
    private static boolean isVariable(Local l) {
        return l.frameSlot >= 0 && !l.name.startsWith("<") && l.elements == null && l.rows == null && l.rowsOf == null;
    }

    /**
     * Whether the snapshot of a local that needs one is better taken where the iteration first
     * writes it: when some path leaves it alone (summing only the items that pass a test), the
     * iterations taking that path copy nothing.
     */
    private boolean copiedWhereWritten(Local l) {
        return isVariable(l) && l.entryBound && !copiedAtHead.contains(l.name) && !assignedEveryIteration.contains(l.name);
    }

    /**
     * Writes slot {@code from} into local {@code l}, first copying it into its snapshot if it is
     * copied where written and this path has not written it yet in this iteration. Where some paths
     * wrote it and others did not, or in a loop inside the iteration, a copy could overwrite the
     * snapshot with a value of this iteration: such a local is copied at the head (found in the
     * first pass with the other facts about the locals, so that the next one is the last).
     */
    private void writeLocal(Local l, int from) {
        boolean firstOnThisPath = false;
        if (function == null && isVariable(l)) {
            if (!inRegionIteration() || writtenOnSomePaths.contains(l) && !writtenOnAllPaths.contains(l)) {
                writtenOnSomePaths.add(l);
                if (copiedAtHead.add(l.name)) {
                    changed = true;
                }
            } else {
                firstOnThisPath = writtenOnAllPaths.add(l);
            }
        }
        if (l.copyMark < 0 || from == l.index || !firstOnThisPath) {
            moveInto(l.index, from);
            return;
        }
        String copy = "copy_local_" + l.copyMark;
        long[] operands = {localCount + l.index, l.index, copyMaskSlot};
        boolean temporary = from >= constantBase + constantCount;
        if (temporary && e.canInsertBeforeLast()) {
            // Before the micro-op that computed the value (and may now write it into the local), not
            // after it: retargeting may follow it with the register moves of a cached float.
            e.insertBeforeLast(copy, operands);
            moveInto(l.index, from);
        } else {
            e.op(copy, operands);
            e.op("move", l.index, from);
        }
    }

    private void markWritten(Local l) {
        if (!l.written) {
            l.written = true;
            changed = true;
        }
    }

    private int temp() {
        return nextTemp++;
    }

    /**
     * A temp for an intermediate number, declared scratch: the Val holding it is read by micro-ops
     * only (an assignment retargets its producer to the local, a call argument is moved), and its
     * reader often takes it from the accumulator or rax, so the producer need not store it.
     */
    private int scratchTemp() {
        int t = temp();
        e.scratch(t);
        return t;
    }

    /**
     * A slot holding {@code bits}: constants get their own slots, loaded once in the region's
     * prologue (a constant first seen in this pass makes another pass).
     */
    private int constant(long bits) {
        Integer index = constants.get(bits);
        if (index == null) {
            index = constantBits.size();
            constants.put(bits, index);
            constantBits.add(bits);
        }
        if (index < constantCount) {
            return constantBase + index;
        }
        changed = true;
        int t = temp();
        e.op("load_const", t, bits);
        return t;
    }

    private void loadConstants() {
        for (int i = 0; i < constantCount; i++) {
            e.op("load_const", constantBase + i, constantBits.get(i));
        }
    }

    // ------------------------------------------------------------------------------------ locals

    /** The value of the variable in slot {@code slot} when the loop got hot. */
    private Object variable(int slot) {
        return slot < 0 ? null : variables.get(frame, slot);
    }

    private int frameSlot(String name) throws Unsupported {
        if (name.startsWith(GENEXPR)) {
            return -1;
        }
        Integer slot = frameSlots.get(name);
        if (slot == null) {
            throw new Unsupported("'" + name + "' is not a local");
        }
        return slot;
    }

    private Val read(String name) throws Unsupported {
        if (inlined != null) {
            Val v = inlined.get(name);
            if (v == null && !inlinedLocals.contains(name)) {
                v = globalConstant(name);
            }
            if (v == null) {
                throw new Unsupported("'" + name + "' is not a local of the function lowered in place");
            }
            return v;
        }
        Local l = locals.get(name);
        if (l == null && function != null && !frameSlots.containsKey(name)) {
            Val v = globalConstant(name);
            if (v != null) {
                return v;
            }
        }
        if (l == null) {
            int slot = frameSlot(name);
            if (function != null) {
                throw new Unsupported("'" + name + "' may be read before it is assigned");
            }
            Object v = variable(slot);
            PyUnboxed k = anyIntKind(v);
            if (k == null) {
                throw new Unsupported("'" + name + "' does not hold an int, float or bool");
            }
            l = newLocal(name, slot);
            l.kind = k;
            l.entryBound = true;
            if (v instanceof BigInteger) {
                becomeBig(l);
            }
        } else if (l.rows != null) {
            throw new Unsupported("'" + name + "' is a list of rows used as a value");
        } else if (l.isStr || l.isChar) {
            throw new Unsupported("'" + name + "' is a str used as a value");
        }
        if (function == null && isVariable(l) && !assigned.contains(name) && readBeforeAssigned.add(name)) {
            // Written without a snapshot in this pass, maybe: lower again with one.
            changed = true;
        }
        if (!l.entryBound && !assigned.contains(name)) {
            if (function != null || l.elements != null || entryKind(l) != l.kind) {
                throw new Unsupported("'" + name + "' may be read before it is assigned");
            }
            // Some path reads the value it had before (at entry, or from an earlier iteration).
            l.entryBound = true;
            changed = true;
        }
        if (l.elements != null) {
            return new Val(l.elements, l.index, locals.get("<len>" + name).index, l.temporary);
        }
        if (l.tree) {
            return Val.tree(l.index);
        }
        if (l.big) {
            return Val.big(l.index, false);
        }
        Local none = locals.get(NONE_FLAG + name);
        if (none != null) {
            // A number only while it is not None: None in arithmetic or a call is tier 1's TypeError.
            int notNone = temp();
            e.op("int_eq", notNone, none.index, constant(0));
            e.guarded("guard_true", EXIT_RANGE, notNone);
        }
        return new Val(l.kind, l.index);
    }

    /** The kind of the value a loop's local holds now (an int for a big int local's BigInteger). */
    private PyUnboxed entryKind(Local l) {
        Object v = variable(l.frameSlot);
        return l.big ? anyIntKind(v) : PyUnboxed.of(v);
    }

    /** The kind of {@code v}, with a BigInteger an int too (a big int local's). */
    private static PyUnboxed anyIntKind(Object v) {
        return v instanceof BigInteger ? PyUnboxed.INT : PyUnboxed.of(v);
    }

    /**
     * {@code name = None} in a function: the local's None flag (a hidden local) is set; reads of it
     * as a number check the flag, {@code name is None} reads it.
     */
    private void assignNone(String name) throws Unsupported {
        if (function == null) {
            throw new Unsupported("'" + name + "' bound to None in a loop region");
        }
        Local l = locals.get(name);
        if (l != null && l.tree) {
            assignTree(name, l, Val.tree(constant(0)));
            return;
        }
        if (l == null) {
            l = newLocal(name, frameSlot(name));
            l.kind = noneKinds.getOrDefault(name, PyUnboxed.INT);
        } else if (l.elements != null || l.rows != null || l.isStr || l.isChar) {
            throw new Unsupported("'" + name + "' bound to None and to a list or str");
        }
        Local none = locals.get(NONE_FLAG + name);
        if (none == null) {
            none = newLocal(NONE_FLAG + name, -1);
            none.kind = PyUnboxed.BOOL;
        }
        markWritten(none);
        e.op("load_const", none.index, 1);
        assigned.add(name);
    }

    /** {@code x is None} or {@code x is not None} ({@link #noneTest}). */
    private static boolean isNoneTest(PyAst.Compare c) {
        return c.ops().size() == 1 && (c.ops().get(0) == CmpOpKind.IS || c.ops().get(0) == CmpOpKind.IS_NOT) && c.comparators().get(0) instanceof PyAst.NoneLit;
    }

    /** The global {@code name} as a constant (see {@link Callees#globalConstant}), or null. */
    private Val globalConstant(String name) {
        Object value = callees == null ? null : callees.globalConstant(name);
        PyUnboxed kind = PyUnboxed.of(value);
        return kind == null ? null : new Val(kind, constant(kind.toBits(value)));
    }

    private void assign(String name, Val value) throws Unsupported {
        if (inlined != null) {
            inlined.put(name, value);
            return;
        }
        if (value.isList()) {
            assignList(name, value);
            return;
        }
        Local l = locals.get(name);
        if (value.isTree() || l != null && l.tree) {
            assignTree(name, l, value);
            return;
        }
        if (value.isBig() || l != null && l.big) {
            assignBig(name, l, value);
            return;
        }
        if (l == null) {
            int slot = frameSlot(name);
            l = newLocal(name, slot);
            l.kind = value.kind();
            // Not bound at entry unless some path reads it before assigning it (read() then says so):
            // a loop compiled in its 1000th iteration is also entered afresh, with the local unbound.
            l.entryBound = false;
        } else if (l.elements != null || l.rows != null) {
            throw new Unsupported("'" + name + "' is a list the loop rebinds");
        } else if (l.isChar) {
            throw new Unsupported("'" + name + "' is a str the loop rebinds");
        } else if (l.kind == PyUnboxed.INT && value.kind() == PyUnboxed.FLOAT && accumulators.containsKey(name)) {
            // A sum (min, max) of floats: lower it again, from 0.0.
            floatAccumulators.add(accumulators.get(name));
            l.kind = PyUnboxed.FLOAT;
            changed = true;
        } else if (locals.containsKey(NONE_FLAG + name) && l.kind != value.kind() && !noneKinds.containsKey(name)) {
            // Made as an int by `name = None` before this assignment was seen: lower again with its kind.
            l.kind = value.kind();
            changed = true;
        } else if (l.kind != value.kind()) {
            throw new Unsupported("'" + name + "' changes type from " + l.kind + " to " + value.kind());
        }
        Local none = locals.get(NONE_FLAG + name);
        if (none != null) {
            noneKinds.putIfAbsent(name, value.kind());
            markWritten(none);
            e.op("load_const", none.index, 0);
        }
        bind(l, value);
    }

    /**
     * Binds a tuple tree to a function's local. A loop region binds none: its locals go back to
     * tier 1 when it leaves, and a tree lives in the arena until the loop's next iteration.
     */
    private void assignTree(String name, Local l, Val value) throws Unsupported {
        if (function == null) {
            throw new Unsupported("'" + name + "' bound to a tuple in a loop region");
        }
        if (l == null) {
            l = newLocal(name, frameSlot(name));
            l.kind = PyUnboxed.INT;
            l.tree = true;
        } else if (!l.tree) {
            if (value.isTree() && mayBecomeTree(l)) {
                // node = None, then node = (node, x): ints and None are trees' words too.
                becomeTree(l);
            }
            throw new Unsupported("'" + name + "' holds a tuple and something else");
        }
        bind(l, treeWord(value));
    }

    /**
     * Binds an int of any size to a loop's local, which then holds words (bigint.c) throughout: an
     * int local becomes one when it is first assigned such an int. A word another local holds is
     * copied when that is the other's buffer, which the head rewrites ({@link #keepBigInts}).
     */
    private void assignBig(String name, Local l, Val value) throws Unsupported {
        if (value.kind() == PyUnboxed.FLOAT) {
            throw new Unsupported("'" + name + "' changes type from int to float");
        }
        if (l == null) {
            l = newLocal(name, frameSlot(name));
            l.kind = PyUnboxed.INT;
            l.entryBound = false;
        }
        if (!l.big) {
            if (l.kind != PyUnboxed.INT || l.isChar) {
                throw new Unsupported("'" + name + "' changes type from " + l.kind + " to int");
            }
            becomeBig(l);
        }
        Val word = bigWord(value);
        if (!word.temporary()) {
            int t = temp();
            e.guarded("big_share", EXIT_INDEX, t, word.slot());
            word = Val.big(t, true);
        }
        bind(l, word);
    }

    /** {@code l} holds ints of any size as words from now on (a new pass lowers it so from the start). */
    private void becomeBig(Local l) throws Unsupported {
        if (function != null || !isVariable(l)) {
            throw new Unsupported("big int in '" + l.name + "', not a variable of a loop region");
        }
        holdBigInts(l);
        markWritten(l.bigBuffer);
        markWritten(l.bigCapacity);
        changed = true;
    }

    /** Makes {@code l} hold big ints' words, with the hidden locals of its buffer (see {@link #keepBigInts}). */
    private void holdBigInts(Local l) {
        l.big = true;
        l.bigBuffer = newLocal("<bigbuf>" + l.name, -1);
        l.bigCapacity = newLocal("<bigcap>" + l.name, -1);
        l.bigBuffer.kind = PyUnboxed.INT;
        l.bigCapacity.kind = PyUnboxed.INT;
        usesListState();
    }

    /** A big int literal: a hidden local that entering binds to it (the region's code holds no records). */
    private Val bigConstant(BigInteger value) throws Unsupported {
        if (function != null || inlined != null) {
            throw new Unsupported("big int literal in a function");
        }
        String name = "<big literal " + value + ">";
        Local l = locals.get(name);
        if (l == null) {
            l = newLocal(name, -1);
            l.kind = PyUnboxed.INT;
            l.entryBound = true;
            l.bigConstant = value;
            holdBigInts(l);
        }
        return Val.big(l.index, false);
    }

    /** An int's word: {@code v} itself, or the word of a 64-bit int or bool. */
    private Val bigWord(Val v) throws Unsupported {
        if (v.isBig()) {
            return v;
        }
        if (v.kind() == PyUnboxed.FLOAT || v.isList() || v.isTree()) {
            throw new Unsupported("a big int and something else than an int");
        }
        int t = temp();
        e.guarded("big_from_int", EXIT_INDEX, t, v.slot());
        return Val.big(t, true);
    }

    /** {@code v} as a 64-bit int where an int of any size cannot go: one beyond side-exits. */
    private Val small(Val v) {
        if (!v.isBig()) {
            return v;
        }
        int t = temp();
        e.guarded("big_to_int", EXIT_OVERFLOW, t, v.slot());
        return new Val(PyUnboxed.INT, t);
    }

    /**
     * At the loop's head, before its snapshot: each big int local that holds a temporary moves it
     * into its own buffer, as the arena is emptied next. Every buffer is made big enough first, so
     * that a full arena side-exits ({@link #EXIT_HEAD}) before any buffer changes.
     */
    private void keepBigInts() {
        List<Local> bigs = locals.values().stream().filter(l -> l.big && l.written).toList();
        for (Local l : bigs) {
            e.guarded("big_reserve", EXIT_HEAD, l.index, l.bigBuffer.index, l.bigCapacity.index);
        }
        for (Local l : bigs) {
            e.op("big_keep", l.index, l.bigBuffer.index);
        }
    }

    /** Whether a function's int local (not a parameter, whose callers pass an int) may hold trees' words instead. */
    private boolean mayBecomeTree(Local l) {
        return function != null && !l.tree && l.kind == PyUnboxed.INT && isVariable(l) && !l.isChar && !params.contains(l.name);
    }

    /** Lowers the function again with {@code l} a tree's word throughout. */
    private void becomeTree(Local l) throws BecameTree {
        l.tree = true;
        changed = true;
        throw new BecameTree(l.name);
    }

    /** {@code name = ch} of a character (see {@link #isCharacter}): the local holds its code point, and a str in tier 1. */
    private void assignCharacter(String name, Val ch) throws Unsupported {
        Local l = locals.get(name);
        if (l == null) {
            l = newLocal(name, frameSlot(name));
            l.kind = PyUnboxed.INT;
            l.isChar = true;
            l.entryBound = false;
        } else if (!l.isChar) {
            throw new Unsupported("'" + name + "' changes type to str");
        }
        bind(l, ch);
    }

    private void bind(Local l, Val value) {
        markWritten(l);
        writeLocal(l, value.slot());
        // An assignment on every path before this one (in this iteration, or before the loop) set the flag.
        if (!l.entryBound && function == null && !assigned.contains(l.name)) {
            e.op("set_bound", 2 * localCount + l.index);
        }
        assigned.add(l.name);
    }

    /**
     * Slot {@code to} = slot {@code from}: a temporary the last micro-op just computed is computed
     * into {@code to} instead (temporaries are written once and read where they were made).
     */
    private void moveInto(int to, int from) {
        boolean temporary = from >= constantBase + constantCount;
        if (from != to && !(temporary && e.retargetLast(from, to))) {
            e.op("move", to, from);
        }
    }

    /**
     * Binds a list to a local of a function. Loops do not rebind lists: the temporaries a loop makes
     * die at the head of each of its iterations, so no local may keep one from one to the next.
     */
    private void assignList(String name, Val value) throws Unsupported {
        // A comprehension's list is a temporary of the iteration, even in a loop region.
        boolean comprehension = name.startsWith(GENEXPR);
        if (function == null && !comprehension) {
            throw new Unsupported("'" + name + "' is a list the loop rebinds");
        }
        Local l = locals.get(name);
        Local source = localAt(value.slot());
        if (source != null && source.grows && source != l) {
            // Appends to one name would move the items away from the other.
            throw new Unsupported("'" + name + "' and '" + source.name + "' would name a list that grows");
        }
        boolean grows = comprehension || appendedTo(name);
        if (grows && !value.temporary()) {
            throw new Unsupported("append to '" + name + "', bound to a list the function did not make");
        }
        if (l == null) {
            l = newListLocal(name, frameSlot(name), value.kind(), false);
            l.temporary = value.temporary();
            if (grows) {
                l.grows = true;
                Local capacity = newLocal("<cap>" + name, -1);
                capacity.kind = PyUnboxed.INT;
                capacity.isCapacity = true;
            }
        } else if (l.elements == null || l.isLength || l.kind != value.kind()) {
            throw new Unsupported("'" + name + "' changes type to a list of " + value.kind());
        } else if (l.temporary && !value.temporary()) {
            l.temporary = false;
            changed = true;
        }
        Local length = locals.get("<len>" + name);
        markWritten(l);
        markWritten(length);
        lengthChecked.remove(l.index);
        e.op("move", l.index, value.slot());
        e.op("move", length.index, value.length());
        if (grows) {
            // Its room is its length: the first append moves the items (list_append_grow).
            Local capacity = locals.get("<cap>" + name);
            markWritten(capacity);
            e.op("move", capacity.index, value.length());
        }
        assigned.add(name);
    }

    /** Whether the function appends to the list {@code name} somewhere ({@code name.append(x)}). */
    private boolean appendedTo(String name) {
        if (appendedNames == null) {
            appendedNames = new HashSet<>();
            if (function != null) {
                collectAppends(function, appendedNames);
            }
        }
        return appendedNames.contains(name);
    }

    private static void collectAppends(PyAst.Node node, Set<String> names) {
        if (node instanceof PyAst.ExprStmt x && x.value() instanceof PyAst.Call c && c.func() instanceof PyAst.Attribute at && at.attr().equals("append") &&
                        at.value() instanceof PyAst.Name n) {
            names.add(n.id());
        }
        PyAstChildren.forEach(node, child -> collectAppends(child, names));
    }

    /** The local whose slot is {@code slot}, or null (a temporary, a constant). */
    private Local localAt(int slot) {
        for (Local l : locals.values()) {
            if (l.index == slot) {
                return l;
            }
        }
        return null;
    }

    /**
     * {@code name = []} in a function, or a list comprehension's list: a new list without room,
     * which appends grow ({@link #appendToNew}). Its items are ints until an append says otherwise.
     */
    private void assignEmptyList(String name) throws Unsupported {
        assignList(name, newList(grownKinds.getOrDefault(name, PyUnboxed.INT), constant(0)));
    }

    /** {@code name.append(item)} in a function, to a list it made: a full room moves the items to a larger one. */
    private void appendToNew(String name, Expr item) throws Unsupported {
        Local items = locals.get(name);
        if (items == null || !items.grows) {
            throw new Unsupported("append to '" + name + "', a list the function did not make");
        }
        Val v = expr(item);
        if (v.kind() == PyUnboxed.BOOL) {
            throw new Unsupported("append of a bool");
        }
        PyUnboxed known = grownKinds.putIfAbsent(name, v.kind());
        if (known != null && known != v.kind()) {
            throw new Unsupported("append of " + v.kind() + " to a list of " + known);
        }
        if (items.kind != v.kind()) {
            // Made as a list of ints before this append was seen: lower again with its type.
            items.kind = v.kind();
            items.elements = v.kind();
            locals.get("<len>" + name).elements = v.kind();
            changed = true;
        }
        Local length = locals.get("<len>" + name);
        Local capacity = locals.get("<cap>" + name);
        markWritten(items);
        markWritten(length);
        markWritten(capacity);
        e.guarded("list_append_grow", EXIT_INDEX, v.slot(), items.index, length.index, capacity.index);
    }

    /**
     * {@code [elt for x in xs if c]}: a list made empty and appended to by the comprehension's
     * loops, whose names are its own (renamed, as a reduction's are). The value is a copy of its
     * slots, so that a function may bind the list to a name (a loop region's temporaries die at the
     * head of its iterations, so it binds none).
     */
    private Val listComprehension(PyAst.ListComp lc) throws Unsupported {
        if (inlined != null) {
            throw new Unsupported("list comprehension in a body lowered in place");
        }
        String scope = GENEXPR + lc.start() + ">";
        Map<String, String> names = scopedNames(scope, lc.generators());
        int at = lc.start();
        String result = scope + "list";
        PyAst.Expr elt = ScopedNames.rename(lc.elt(), names);
        PyAst.Stmt append = new PyAst.ExprStmt(at, at, new PyAst.Call(at, at, new PyAst.Attribute(at, at, new PyAst.Name(at, at, result), "append"),
                        List.of(elt), List.of()));
        List<PyAst.Comprehension> generators = ScopedNames.renameGenerators(lc.generators(), names);
        assignEmptyList(result);
        statement(SourceAsts.comprehensionLoop(generators, 0, List.of(append), generators.get(0).iter()));
        Local list = locals.get(result);
        int items = temp();
        int length = temp();
        e.op("move", items, list.index);
        e.op("move", length, locals.get("<len>" + result).index);
        return new Val(list.kind, items, length, true);
    }

    // ------------------------------------------------------------------------------------ statements

    private void block(List<Stmt> body) throws Unsupported {
        for (Stmt s : body) {
            statement(s);
        }
    }

    // The statement and expression dispatches of this compiler are instanceof chains, not pattern
    // switches: each pattern switch is linked through invokedynamic at its first run, about half a
    // millisecond apiece inside a cold JVM's first region compile.
    private void statement(Stmt s) throws Unsupported {
        if (s instanceof PyAst.Assign a) {
            assignStmt(a);
        } else if (s instanceof PyAst.AugAssign a) {
            augAssignStmt(a);
        } else if (s instanceof PyAst.If i) {
            ifStmt(i);
        } else if (s instanceof PyAst.While w) {
            whileStmt(w);
        } else if (s instanceof PyAst.For f) {
            forStmt(f);
        } else if (s instanceof PyAst.Break) {
            e.branch("jump", loops.peek().exit());
        } else if (s instanceof PyAst.Continue) {
            if (inRegionIteration()) {
                writtenBeforeContinue.addAll(writtenOnAllPaths);
                writtenBeforeContinue.addAll(writtenOnSomePaths);
            }
            e.branch("jump", loops.peek().next());
        } else if (s instanceof PyAst.Pass) {
            // nothing to emit
        } else if (s instanceof PyAst.ExprStmt x && inlined == null && x.value() instanceof PyAst.Call c && c.func() instanceof PyAst.Attribute at &&
                        at.attr().equals("append") && at.value() instanceof PyAst.Name n && c.args().size() == 1 && c.keywords().isEmpty() &&
                        !(c.args().get(0) instanceof PyAst.Starred)) {
            Local list = locals.get(n.id());
            if (function == null && (list == null || !list.grows)) {
                appendItem(n.id(), c.args().get(0));
            } else {
                appendToNew(n.id(), c.args().get(0));
            }
        } else if (s instanceof PyAst.ExprStmt x && inlined == null && x.value() instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn &&
                        c.keywords().isEmpty() && !frameSlots.containsKey(fn.id())) {
            // A call whose value is not used: the function may return None.
            nativeCall(fn.id(), c.args(), 0);
        } else if (s instanceof PyAst.Return r) {
            returnStmt(r);
        } else if (s instanceof PyAst.Raise) {
            // Tier 1 raises it: it redoes the iteration (or the call) up to here.
            e.guarded("guard_true", EXIT_RANGE, constant(0));
        } else {
            throw new Unsupported(s.getClass().getSimpleName() + " statement");
        }
    }

    private void augAssignStmt(PyAst.AugAssign a) throws Unsupported {
        if (a.target() instanceof PyAst.Subscript sub) {
            ListRef list = listRef(sub.value());
            Val index = index(sub.slice());
            Val left = loadItem(list.value(), index);
            storeItem(list, index, binary(a.op(), left, a.value()));
        } else if (boundedStep != null && a == boundedStep.step() && inBounds(boundedStep)) {
            // i < n <= 2**63 - 1 held at the loop's test, and nothing assigned i since.
            String name = ((PyAst.Name) a.target()).id();
            int t = temp();
            e.op("int_add_imm_wrap", t, small(read(name)).slot(), 1);
            assign(name, new Val(PyUnboxed.INT, t));
        } else if (a.target() instanceof PyAst.Name n) {
            assign(n.id(), binary(a.op(), number(read(n.id())), a.value()));
        } else {
            throw new Unsupported("augmented assignment to " + a.target().getClass().getSimpleName());
        }
    }

    private void assignStmt(PyAst.Assign a) throws Unsupported {
        if (a.targets().size() != 1) {
            // zr = zi = 0.0, cols[c] = d1[r + c] = True: the value once, then each target from left
            // to right, as Python assigns them (an index may read a name bound just before).
            if (!a.targets().stream().allMatch(t -> t instanceof PyAst.Name || t instanceof PyAst.Subscript s && !(s.slice() instanceof PyAst.Slice))) {
                throw new Unsupported("chained assignment to something else than names and items");
            }
            Val v = expr(a.value());
            for (Expr t : a.targets()) {
                assignTo(t, v);
                if (t instanceof PyAst.Name n) {
                    // The value may have been computed straight into that name's slot (moveInto):
                    // the later targets copy that slot.
                    Local bound = locals.get(n.id());
                    v = new Val(bound.kind, bound.index);
                }
            }
            return;
        }
        Expr target = a.targets().get(0);
        if (target instanceof PyAst.Subscript t && t.slice() instanceof PyAst.Slice to && t.value() instanceof PyAst.Name list &&
                        a.value() instanceof PyAst.Subscript v && v.slice() instanceof PyAst.Slice from && v.value() instanceof PyAst.Name source &&
                        list.id().equals(source.id()) && callFree(to)) {
            moveSlice(listRef(list), to, from);
            return;
        }
        if (target instanceof PyAst.Name n && a.value() instanceof PyAst.Subscript sub && isRowOf(sub)) {
            // A loop binds no list it made, but a row is one of tier 1's: the local keeps its index.
            Row row = row(sub);
            assignRowList(n.id(), row.table(), 0, row.list().slot(), row.list().length(), row.index());
            return;
        }
        if (target instanceof PyAst.TupleExpr t && a.value() instanceof PyAst.Subscript sub && isRowOf(sub) &&
                        t.elts().stream().allMatch(x -> x instanceof PyAst.Name)) {
            unpackRow(t.elts().stream().map(x -> ((PyAst.Name) x).id()).toList(), sub);
            return;
        }
        if (target instanceof PyAst.Name n && function == null && inlined == null && isCharacter(a.value())) {
            assignCharacter(n.id(), character(a.value()));
            return;
        }
        if (target instanceof PyAst.Name n && a.value() instanceof PyAst.NoneLit && inlined == null) {
            assignNone(n.id());
            return;
        }
        if (target instanceof PyAst.Name n && a.value() instanceof PyAst.ListExpr l && l.elts().isEmpty() && function != null && inlined == null) {
            assignEmptyList(n.id());
            return;
        }
        if (target instanceof PyAst.Name || target instanceof PyAst.Subscript) {
            assignTo(target, operand(a.value()));
            return;
        }
        if (target instanceof PyAst.TupleExpr t && t.elts().size() == 2 && a.value() instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn &&
                        fn.id().equals("divmod") && !frameSlots.containsKey("divmod") && c.args().size() == 2 && c.keywords().isEmpty()) {
            // divmod of ints: Python's floor division and modulo, each checking the divisor.
            Val x = copy(expr(c.args().get(0)));
            Val y = copy(expr(c.args().get(1)));
            if (x.kind() == PyUnboxed.FLOAT || y.kind() == PyUnboxed.FLOAT) {
                throw new Unsupported("divmod of a float");
            }
            usesBuiltin("divmod");
            Val q = binary(BinOpKind.FLOORDIV, x, y);
            Val r = binary(BinOpKind.MOD, x, y);
            assignTo(t.elts().get(0), q);
            assignTo(t.elts().get(1), r);
            return;
        }
        if (target instanceof PyAst.TupleExpr t && a.value() instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn && c.keywords().isEmpty() &&
                        !frameSlots.containsKey(fn.id()) && t.elts().stream().allMatch(x -> x instanceof PyAst.Name || x instanceof PyAst.Subscript sub && !(sub.slice() instanceof PyAst.Slice))) {
            // q, r = f(a, b) of a function returning a tuple of numbers: its items, in order.
            List<Val> items = nativeCall(fn.id(), c.args(), t.elts().size());
            for (int i = 0; i < items.size(); i++) {
                assignTo(t.elts().get(i), items.get(i));
            }
            return;
        }
        if (target instanceof PyAst.TupleExpr t && a.value() instanceof PyAst.TupleExpr v && t.elts().size() == v.elts().size()) {
            List<Val> values = new ArrayList<>();
            for (Expr x : v.elts()) {
                values.add(copy(value(x)));
            }
            for (int i = 0; i < values.size(); i++) {
                assignTo(t.elts().get(i), values.get(i));
            }
            return;
        }
        if (target instanceof PyAst.TupleExpr t && function != null && t.elts().stream().allMatch(x -> x instanceof PyAst.Name)) {
            // left, right = node: a tuple tree's items.
            Val tree = value(a.value());
            if (!tree.isTree()) {
                throw new Unsupported("unpacking something else than a tuple");
            }
            List<Val> items = unpackTree(tree, t.elts().size());
            for (int i = 0; i < items.size(); i++) {
                assignTo(t.elts().get(i), items.get(i));
            }
            return;
        }
        throw new Unsupported("assignment to " + target.getClass().getSimpleName());
    }

    private void assignTo(Expr target, Val value) throws Unsupported {
        if (target instanceof PyAst.Name n) {
            assign(n.id(), value);
        } else if (target instanceof PyAst.Subscript sub && sub.slice() instanceof PyAst.Slice slice) {
            storeSlice(listRef(sub.value()), slice, value);
        } else if (target instanceof PyAst.Subscript sub) {
            storeItem(listRef(sub.value()), index(sub.slice()), small(number(value)));
        } else {
            throw new Unsupported("unpacking into " + target.getClass().getSimpleName());
        }
    }

    // ------------------------------------------------------------------------------------ lists

    /**
     * A local holding a list of ints, floats or bools: in a loop, one it had when it became hot (the
     * type of its first item then; entering the region pins it, checking every item) and does not
     * rebind; in a function, a parameter or a list it made.
     */
    private ListRef listRef(Expr x) throws Unsupported {
        if (x instanceof PyAst.Subscript sub && isRowOf(sub)) {
            Val row = row(sub).list();
            return new ListRef(row.slot(), row.length(), row.kind(), null);
        }
        if (!(x instanceof PyAst.Name n)) {
            throw new Unsupported("subscript of something else than a local list");
        }
        Local items = locals.get(n.id());
        if (items == null) {
            if (function != null) {
                throw new Unsupported("'" + n.id() + "' may be read before it is assigned");
            }
            int slot = frameSlot(n.id());
            if (!(variable(slot) instanceof PyList list) || list.size() == 0) {
                throw new Unsupported("'" + n.id() + "' is not a non-empty list");
            }
            PyUnboxed kind = PyUnboxed.of(list.get(0));
            if (kind == null) {
                throw new Unsupported("'" + n.id() + "' is not a list of ints, floats or bools");
            }
            items = newListLocal(n.id(), slot, kind, true);
        } else if (items.elements == null || items.isLength || items.isStr) {
            throw new Unsupported("'" + n.id() + "' is not a list");
        } else if (!items.entryBound && !assigned.contains(n.id())) {
            throw new Unsupported("'" + n.id() + "' may be read before it is assigned");
        }
        return new ListRef(items.index, locals.get("<len>" + n.id()).index, items.kind, items);
    }

    // ------------------------------------------------------------------------------------ strs

    /**
     * Whether the local {@code name} holds, in a loop region, a str at entry that the loop reads the
     * characters of (it never rebinds it: a str is no value of tier 2's).
     */
    private boolean holdsStr(String name) {
        if (function != null || inlined != null) {
            return false;
        }
        Local l = locals.get(name);
        if (l != null) {
            return l.isStr && !l.isLength;
        }
        Integer slot = frameSlots.get(name);
        return slot != null && variable(slot) instanceof String;
    }

    /** The items local of the str local {@code name} (see {@link #holdsStr}); entering pins its code points. */
    private Local strLocal(String name) throws Unsupported {
        Local items = locals.get(name);
        if (items == null) {
            long strs = locals.values().stream().filter(l -> l.isStr && !l.isLength).count();
            if (strs >= PinnedStrs.PER_REGION) {
                throw new Unsupported("more than " + PinnedStrs.PER_REGION + " strs");
            }
            items = newListLocal(name, frameSlot(name), PyUnboxed.INT, true);
            items.isStr = true;
            locals.get("<len>" + name).isStr = true;
        }
        return items;
    }

    /**
     * Whether {@code x} is a character tier 2 reads as its code point: {@code s[i]} of a str local
     * (see {@link #holdsStr}), a one-character str literal, or a local holding one at entry that the
     * loop does not rebind. Such a value is never a tier-2 value of its own: it is only compared with
     * another one ({@code ==}, {@code !=}) or given to {@code ord}.
     */
    private boolean isCharacter(Expr x) {
        if (x instanceof PyAst.StrLit lit) {
            return PyCodePoints.isOneCharacter(lit.value());
        }
        if (x instanceof PyAst.Name n && function == null && inlined == null) {
            Local l = locals.get(n.id());
            Integer slot = frameSlots.get(n.id());
            return l != null ? l.isChar : slot != null && PyCodePoints.isOneCharacter(variable(slot));
        }
        return x instanceof PyAst.Subscript sub && !(sub.slice() instanceof PyAst.Slice) && sub.value() instanceof PyAst.Name n && holdsStr(n.id());
    }

    /** {@code a == b} or {@code a != b} of two characters (see {@link #isCharacter}). */
    private boolean isCharacterComparison(PyAst.Compare c) {
        return c.ops().size() == 1 && (c.ops().get(0) == CmpOpKind.EQ || c.ops().get(0) == CmpOpKind.NE) && isCharacter(c.left()) &&
                        isCharacter(c.comparators().get(0));
    }

    /** {@code for ch in s} or {@code for i, ch in enumerate(s[, start])} over a str local (see {@link #holdsStr}). */
    private record CharsLoop(PyAst.Name counter, PyAst.Name target, PyAst.Name source, Expr start) {
    }

    /** The loop {@code f} as a {@link CharsLoop}, or null when it is not one. */
    private CharsLoop charsLoop(PyAst.For f) {
        if (f.target() instanceof PyAst.Name target && f.iter() instanceof PyAst.Name source && holdsStr(source.id())) {
            return new CharsLoop(null, target, source, null);
        }
        if (builtinCall(f.iter(), "enumerate") instanceof PyAst.Call call && (call.args().size() == 1 || call.args().size() == 2) &&
                        call.args().get(0) instanceof PyAst.Name source && f.target() instanceof PyAst.TupleExpr pair && pair.elts().size() == 2 &&
                        pair.elts().get(0) instanceof PyAst.Name counter && pair.elts().get(1) instanceof PyAst.Name target && holdsStr(source.id())) {
            return new CharsLoop(counter, target, source, call.args().size() == 2 ? call.args().get(1) : null);
        }
        return null;
    }

    /**
     * The head of an iteration over a str's characters: to {@code exit} at its end, else the
     * count ({@code count}, a slot, or -1) and the character bound; {@link #stepItems} then steps them.
     */
    private void nextCharacter(Label exit, int index, int count, CharsLoop chars, Local str) throws Unsupported {
        int length = locals.get("<len>" + str.name).index;
        e.branch("branch_int_ge", exit, index, length);
        if (chars.counter() != null) {
            builtinsUsed.add("enumerate");
            assign(chars.counter().id(), new Val(PyUnboxed.INT, count));
        }
        int t = temp();
        // index < length: the load cannot fail.
        e.guarded("list_load_u32", EXIT_INDEX, t, str.index, length, index);
        assignCharacter(chars.target().id(), new Val(PyUnboxed.INT, t));
    }

    /**
     * {@code ch in "aeiou"} ({@code not in} if {@code negate}) of a character: for one character,
     * Python's substring test is whether it equals one of the literal's.
     */
    private Val characterIn(Val ch, String literal, boolean negate) {
        int found = -1;
        for (int i = 0; i < literal.length(); i += Character.charCount(literal.codePointAt(i))) {
            int same = temp();
            e.op("int_eq", same, ch.slot(), constant(literal.codePointAt(i)));
            if (found >= 0) {
                int either = temp();
                e.op("int_or", either, found, same);
                same = either;
            }
            found = same;
        }
        if (found < 0) {
            found = constant(0);
        }
        if (!negate) {
            return new Val(PyUnboxed.BOOL, found);
        }
        int t = temp();
        e.op("int_not", t, found);
        return new Val(PyUnboxed.BOOL, t);
    }

    /** The code point of character {@code x} (see {@link #isCharacter}); an index out of range side-exits. */
    private Val character(Expr x) throws Unsupported {
        if (x instanceof PyAst.StrLit lit) {
            return new Val(PyUnboxed.INT, constant(lit.value().codePointAt(0)));
        }
        if (x instanceof PyAst.Name n) {
            String name = n.id();
            Local l = locals.get(name);
            if (l == null) {
                l = newLocal(name, frameSlot(name));
                l.kind = PyUnboxed.INT;
                l.entryBound = true;
                l.isChar = true;
            }
            // read()'s bookkeeping, for a local that holds a character.
            if (isVariable(l) && !assigned.contains(name) && readBeforeAssigned.add(name)) {
                changed = true;
            }
            if (!l.entryBound && !assigned.contains(name)) {
                if (!PyCodePoints.isOneCharacter(variable(l.frameSlot))) {
                    throw new Unsupported("'" + name + "' may be read before it is assigned");
                }
                l.entryBound = true;
                changed = true;
            }
            return new Val(PyUnboxed.INT, l.index);
        }
        PyAst.Subscript sub = (PyAst.Subscript) x;
        Local items = strLocal(((PyAst.Name) sub.value()).id());
        Val index = index(sub.slice());
        int t = temp();
        e.guarded("list_load_u32", EXIT_INDEX, t, items.index, locals.get("<len>" + items.name).index, index.slot());
        return new Val(PyUnboxed.INT, t);
    }

    private Val index(Expr x) throws Unsupported {
        if (x instanceof PyAst.Slice) {
            throw new Unsupported("slice");
        }
        Val v = expr(x);
        if (v.kind() == PyUnboxed.FLOAT) {
            throw new Unsupported("float index");
        }
        return v;
    }

    private Val loadItem(Val list, Val index) {
        readsListItems();
        int t = scratchTemp();
        long k = constantItem(list.kind(), index);
        // Floats also go to the accumulator, for the float operation that most often follows (Emitter).
        String suffix = list.kind() == PyUnboxed.FLOAT ? "_float" : "";
        if (k >= 0 && lengthChecked.getOrDefault(list.slot(), -1L) >= k) {
            e.op("list_load_at" + suffix + "_unchecked", t, list.slot(), list.length(), k);
        } else if (k >= 0) {
            e.guarded("list_load_at" + suffix, EXIT_INDEX, t, list.slot(), list.length(), k);
        } else {
            e.guarded(itemStencil("list_load", list.kind()) + suffix, EXIT_INDEX, t, list.slot(), list.length(), index.slot());
        }
        return new Val(list.kind(), t);
    }

    private void storeItem(ListRef list, Val index, Val value) throws Unsupported {
        if (value.kind() != list.kind()) {
            throw new Unsupported("storing " + value.kind() + " into a list of " + list.kind());
        }
        long k = constantItem(list.kind(), index);
        boolean unlogged = unloggedStores();
        if (!unlogged) {
            // The undo log (reset per iteration, undone at a side exit) only holds logged stores.
            usesListState();
        }
        // A function's log is never emptied while it runs: its stores log each item once (list.c's log_undo_once).
        String suffix = unlogged ? "_unlogged" : function != null ? "_once" : "";
        if (k >= 0 && function == null) {
            // A loop binds no list it made (assignList), so the list is not a temporary: the store logs without asking.
            boolean checked = lengthChecked.getOrDefault(list.items(), -1L) < k;
            String stencil = (checked ? "list_store_at" : "list_store_at_unchecked") + suffix;
            // Unchecked and unlogged, the store cannot side-exit.
            if (checked || !unlogged) {
                e.guarded(stencil, EXIT_INDEX, value.slot(), list.items(), list.length(), k);
            } else {
                e.op(stencil, value.slot(), list.items(), list.length(), k);
            }
        } else {
            e.guarded(itemStencil("list_store", list.kind()) + suffix, EXIT_INDEX, value.slot(), list.items(), list.length(), index.slot());
        }
    }

    /**
     * {@code name.append(x)} in a loop, for a list of ints or floats the loop had at entry: the item
     * goes into the room entering the region made in its pinned storage, and its length local grows
     * (a side exit gives back the length at the iteration's start; leaving sets the list's size). A
     * full storage side-exits: tier 1 appends, and the next entry makes more room.
     */
    private void appendItem(String name, Expr item) throws Unsupported {
        Val v = expr(item);
        if (v.kind() == PyUnboxed.BOOL) {
            throw new Unsupported("append of a bool");
        }
        Local items = locals.get(name);
        if (items == null) {
            if (!(variable(frameSlot(name)) instanceof PyList)) {
                throw new Unsupported("'" + name + "' is not a list");
            }
            items = newListLocal(name, frameSlot(name), v.kind(), true);
        } else if (items.elements != v.kind() || items.isLength || items.rows != null || items.rowsOf != null || !items.entryBound) {
            throw new Unsupported("append of " + v.kind() + " to '" + name + "'");
        }
        for (Local l : locals.values()) {
            if (l.rows != null) {
                // A row could be the same list: its length in the rows' table would go stale.
                throw new Unsupported("append in a loop over rows of lists");
            }
        }
        Local length = locals.get("<len>" + name);
        Local capacity = locals.get("<cap>" + name);
        if (capacity == null) {
            capacity = newLocal("<cap>" + name, items.frameSlot);
            capacity.kind = PyUnboxed.INT;
            capacity.entryBound = true;
            capacity.isLength = true;
            capacity.isCapacity = true;
            capacity.elements = v.kind();
            items.appended = true;
            length.appended = true;
        }
        markWritten(length);
        e.guarded("list_append", EXIT_INDEX, v.slot(), items.index, length.index, capacity.index);
    }

    /**
     * Checks the lengths of the lists bound at entry that stay bound to them: a loop's (loops never
     * rebind lists) and a function's parameters it never rebinds. Rows are checked where bound.
     */
    private void checkEntryListLengths() {
        lengthChecked.clear();
        for (Local l : List.copyOf(locals.values())) {
            if (l.elements != null && !l.isLength && l.entryBound && l.rows == null && l.rowsOf == null && !(function != null && l.written)) {
                checkLength(l);
            }
        }
    }

    /**
     * Checks once that the length of list local {@code items} covers the largest constant index the
     * code uses on it (list_check_at), so that those accesses need no check of their own while it
     * stays bound to that list: a region never makes a list shorter (it only appends).
     */
    private void checkLength(Local items) {
        if (constantIndexMax == null) {
            constantIndexMax = new HashMap<>();
            collectConstantIndexes(function != null ? function : loop);
        }
        Long k = items.elements == PyUnboxed.BOOL ? null : constantIndexMax.get(items.name);
        if (k != null) {
            Local length = locals.get("<len>" + items.name);
            e.guarded("list_check_at", EXIT_INDEX, length.index, items.index, length.index, k);
            lengthChecked.put(items.index, k);
        }
    }

    private void collectConstantIndexes(PyAst.Node node) {
        if (node instanceof PyAst.Subscript sub && sub.value() instanceof PyAst.Name n && sub.slice() instanceof PyAst.IntLit lit && lit.value() instanceof Long k &&
                        k >= 0 && k < (1 << 28)) {
            constantIndexMax.merge(n.id(), k, Math::max);
        }
        PyAstChildren.forEach(node, this::collectConstantIndexes);
    }

    /**
     * The index k of an item access when it is a constant that the {@code _at} stencils take as the
     * displacement 8 * k of a 64-bit item (a 32-bit field); -1 otherwise.
     */
    private long constantItem(PyUnboxed kind, Val index) {
        Long k = constantValue(index.slot());
        return kind != PyUnboxed.BOOL && k != null && k >= 0 && k < (1 << 28) ? k : -1;
    }

    /**
     * The bits {@code slot} holds when it is one of the constants the prologue loads (the only ones
     * left once the lowering has settled); null otherwise.
     */
    private Long constantValue(int slot) {
        return slot >= constantBase && slot < constantBase + constantCount ? constantBits.get(slot - constantBase) : null;
    }

    /** The variant of an item stencil for {@code kind}: pinned bools take a byte each, ints and floats a slot. */
    private static String itemStencil(String stencil, PyUnboxed kind) {
        return kind == PyUnboxed.BOOL ? stencil + "_byte" : stencil;
    }

    /**
     * {@code list[lower:upper] = value} with a list of as many items (Python would resize the list:
     * a side exit lets tier 1 do it).
     */
    private void storeSlice(ListRef list, PyAst.Slice slice, Val value) throws Unsupported {
        if (!value.isList() || value.kind() != list.kind()) {
            throw new Unsupported("slice assignment of something else than a list of " + list.kind());
        }
        int bounds = sliceTarget(list, slice, value.length());
        e.op("list_store_slice", list.items(), bounds, value.slot(), bounds + 1);
    }

    /**
     * The target {@code list[lower:upper]} of a slice assignment of {@code count} (a slot) items: its
     * bounds checked to hold as many, the old items logged. Gives the bounds' slots, the store is the caller's.
     */
    private int sliceTarget(ListRef list, PyAst.Slice slice, int count) throws Unsupported {
        if (list.kind() == PyUnboxed.BOOL) {
            throw new Unsupported("slice assignment of bools (pinned one byte each; the slice stencils move 64-bit slots)");
        }
        if (sliceStep(slice) != 1) {
            throw new Unsupported("slice assignment with a step");
        }
        int bounds = sliceBounds(slice, 1, list.length());
        int sameLength = temp();
        e.op("int_eq", sameLength, bounds + 1, count);
        e.guarded("guard_true", EXIT_INDEX, sameLength);
        makesListsState();
        readsListItems();
        e.guarded("list_log_slice", EXIT_INDEX, list.items(), bounds, bounds + 1);
        return bounds;
    }

    /**
     * {@code list[lower:upper] = list[...]} (a step of 1 or -1 on the right) moves the items within
     * the list instead of copying the right side into a temporary first: Python evaluates the right
     * side before the target's bounds, so those must not call anything that could change the list.
     */
    private void moveSlice(ListRef list, PyAst.Slice to, PyAst.Slice from) throws Unsupported {
        long step = sliceStep(from);
        int source = sliceBounds(from, step, list.length());
        int target = sliceTarget(list, to, source + 1);
        if (step > 0) {
            int address = temp();
            e.op("list_item_address", address, list.items(), source);
            e.op("list_store_slice", list.items(), target, address, target + 1);
        } else {
            e.op("list_store_slice_reversed", list.items(), target, source);
        }
    }

    /** Whether evaluating the slice's bounds calls nothing (names, int literals and operators on them). */
    private static boolean callFree(Expr x) {
        if (x == null || x instanceof PyAst.Name || x instanceof PyAst.IntLit) {
            return true;
        } else if (x instanceof PyAst.Slice s) {
            return callFree(s.lower()) && callFree(s.upper()) && callFree(s.step());
        } else if (x instanceof PyAst.BinOp b) {
            return callFree(b.left()) && callFree(b.right());
        } else if (x instanceof PyAst.UnaryOp u) {
            return callFree(u.operand());
        }
        return false;
    }

    /** The literal step of a slice: 1 (or none) or -1; others stay in tier 1. */
    private static long sliceStep(PyAst.Slice slice) throws Unsupported {
        Expr s = slice.step();
        if (s == null || s instanceof PyAst.IntLit lit && Long.valueOf(1).equals(lit.value())) {
            return 1;
        }
        if (s instanceof PyAst.UnaryOp u && u.op() == PyAst.UnaryOpKind.NEG && u.operand() instanceof PyAst.IntLit lit && Long.valueOf(1).equals(lit.value())) {
            return -1;
        }
        throw new Unsupported("slice step other than 1 or -1");
    }

    /**
     * Two consecutive temporaries: the first index of the slice of a list of length slot
     * {@code length}, and the number of its items. A missing bound is an extreme that Python's
     * clamping turns into the default one.
     */
    private int sliceBounds(PyAst.Slice slice, long step, int length) throws Unsupported {
        // One bound given: a stencil with less clamping to do.
        String oneBound = slice.lower() == null && slice.upper() != null && step > 0 ? "slice_to"
                        : slice.lower() != null && slice.upper() == null ? (step > 0 ? "slice_from" : "slice_backward_from") : null;
        if (oneBound != null) {
            int bound = intArg(slice.lower() == null ? slice.upper() : slice.lower());
            int bounds = temp();
            temp();
            e.op(oneBound, bounds, length, bound);
            return bounds;
        }
        int lower = slice.lower() == null ? constant(step > 0 ? 0 : Long.MAX_VALUE) : intArg(slice.lower());
        int upper = slice.upper() == null ? constant(step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : intArg(slice.upper());
        int bounds = temp();
        temp();
        e.op(step > 0 ? "slice_forward" : "slice_backward", bounds, length, lower, upper);
        return bounds;
    }

    /** A new list of {@code count} (a slot) items of {@code kind}, in the region's temporaries. */
    private Val newList(PyUnboxed kind, int count) throws Unsupported {
        if (kind == PyUnboxed.BOOL) {
            // Pinned bools take a byte each; temporaries are 64-bit slots, and a list value must be one or the other.
            throw new Unsupported("a new list of bools");
        }
        makesListsState();
        int items = temp();
        int length = temp();
        e.guarded("list_alloc", EXIT_INDEX, items, length, count);
        return new Val(kind, items, length, true);
    }

    /** {@code list[lower:upper]} or {@code list[upper:lower:-1]}: a new list. */
    private Val slice(Val list, PyAst.Slice slice) throws Unsupported {
        long step = sliceStep(slice);
        int bounds = sliceBounds(slice, step, list.length());
        Val copy = newList(list.kind(), bounds + 1);
        readsListItems();
        e.op(step > 0 ? "list_copy_forward" : "list_copy_backward", copy.slot(), list.slot(), bounds, copy.length());
        return copy;
    }

    private Val concat(Val a, Val b) throws Unsupported {
        if (a.kind() != b.kind()) {
            throw new Unsupported("concatenation of lists of " + a.kind() + " and " + b.kind());
        }
        int total = temp();
        e.guarded("int_add", EXIT_OVERFLOW, total, a.length(), b.length());
        Val sum = newList(a.kind(), total);
        readsListItems();
        int zero = constant(0);
        e.op("list_copy_forward", sum.slot(), a.slot(), zero, a.length());
        int tail = temp();
        e.op("list_item_address", tail, sum.slot(), a.length());
        e.op("list_copy_forward", tail, b.slot(), zero, b.length());
        return sum;
    }

    /** {@code [x] * n} or {@code n * [x]}. */
    private Val repeat(Expr item, Expr count, boolean itemFirst) throws Unsupported {
        Val x;
        int n;
        if (itemFirst) {
            x = expr(item);
            n = intArg(count);
        } else {
            n = intArg(count);
            x = expr(item);
        }
        Val list = newList(x.kind(), n);
        e.op("list_fill", list.slot(), list.length(), x.slot());
        return list;
    }

    /**
     * A tuple display that is only iterated or searched ({@code for d in (-1, 0, 1)}, {@code n in
     * (2, 3)}) as the list display of the same items, which gives the same items in the same order;
     * any other expression as it is.
     */
    private static Expr asDisplay(Expr x) {
        return x instanceof PyAst.TupleExpr t && !t.elts().isEmpty() ? new PyAst.ListExpr(t.start(), t.end(), t.elts()) : x;
    }

    /** {@code [a, b, ...]} of values of one type. */
    private Val display(PyAst.ListExpr display) throws Unsupported {
        if (display.elts().isEmpty()) {
            throw new Unsupported("empty list display");
        }
        List<Val> items = new ArrayList<>();
        for (Expr x : display.elts()) {
            Val v = copy(expr(x));
            if (!items.isEmpty() && v.kind() != items.get(0).kind()) {
                throw new Unsupported("list display of mixed types");
            }
            items.add(v);
        }
        Val list = newList(items.get(0).kind(), constant(items.size()));
        for (int i = 0; i < items.size(); i++) {
            e.guarded("list_store", EXIT_INDEX, items.get(i).slot(), list.slot(), list.length(), constant(i));
        }
        return list;
    }

    private void ifStmt(PyAst.If i) throws Unsupported {
        Label orelse = e.newLabel();
        Label end = e.newLabel();
        jumpIfFalse(i.test(), orelse);
        Set<String> before = new HashSet<>(assigned);
        Set<Local> allBefore = new HashSet<>(writtenOnAllPaths);
        Set<Local> someBefore = new HashSet<>(writtenOnSomePaths);
        block(i.body());
        Set<String> afterBody = assigned;
        Set<Local> allInBody = writtenOnAllPaths;
        Set<Local> someInBody = writtenOnSomePaths;
        boolean hasElse = i.orelse() != null && !i.orelse().isEmpty();
        if (hasElse) {
            e.branch("jump", end);
        }
        e.bind(orelse);
        assigned = new HashSet<>(before);
        writtenOnAllPaths = allBefore;
        writtenOnSomePaths = someBefore;
        if (hasElse) {
            block(i.orelse());
        }
        assigned.retainAll(afterBody);
        // A break or continue of the region's loop leaves the iteration (continue: see statement);
        // one of a nested loop goes on to the code after the loop or its next pass.
        boolean regionLevel = inRegionIteration();
        boolean bodyGoesOn = !(regionLevel && jumpsAway(i.body()));
        boolean orelseGoesOn = !hasElse || !(regionLevel && jumpsAway(i.orelse()));
        if (bodyGoesOn && !orelseGoesOn) {
            writtenOnAllPaths = allInBody;
            writtenOnSomePaths = someInBody;
        } else if (bodyGoesOn) {
            // After the if: written on both ways, or on some paths only.
            writtenOnSomePaths.addAll(someInBody);
            Set<Local> either = new HashSet<>(writtenOnAllPaths);
            either.addAll(allInBody);
            writtenOnAllPaths.retainAll(allInBody);
            either.removeAll(writtenOnAllPaths);
            writtenOnSomePaths.addAll(either);
        }
        e.bind(end);
    }

    /**
     * The statement {@code i += 1} of a while loop whose test requires {@code i < n}, where it is a
     * statement of the body itself, the only one assigning {@code i}, and {@code n} an int literal
     * or a name the body never assigns: when both are ints ({@link #inBounds}), {@code i + 1 <= n}
     * there, so the step cannot overflow. Null when there is none.
     */
    private static BoundedStep boundedStep(PyAst.While w) {
        List<Expr> conjuncts = w.test() instanceof PyAst.BoolOp b && b.isAnd() ? b.values() : List.of(w.test());
        for (Stmt s : w.body()) {
            if (!(s instanceof PyAst.AugAssign a && a.op() == BinOpKind.ADD && a.target() instanceof PyAst.Name i && a.value() instanceof PyAst.IntLit one &&
                            Long.valueOf(1).equals(one.value()))) {
                continue;
            }
            List<Stmt> others = new ArrayList<>();
            for (Stmt o : w.body()) {
                if (o != s) {
                    others.add(o);
                }
            }
            if (assigns(others, i.id())) {
                return null;
            }
            for (Expr c : conjuncts) {
                Expr bound = upperBound(c, i.id());
                if (bound instanceof PyAst.IntLit lit && lit.value() instanceof Long || bound instanceof PyAst.Name n && !assigns(w.body(), n.id())) {
                    return new BoundedStep(a, bound);
                }
            }
            return null;
        }
        return null;
    }

    /** n of a test {@code i < n} or {@code n > i}, else null. */
    private static Expr upperBound(Expr test, String i) {
        if (test instanceof PyAst.Compare c && c.ops().size() == 1) {
            Expr right = c.comparators().get(0);
            if (c.ops().get(0) == CmpOpKind.LT && c.left() instanceof PyAst.Name n && n.id().equals(i)) {
                return right;
            }
            if (c.ops().get(0) == CmpOpKind.GT && right instanceof PyAst.Name n && n.id().equals(i)) {
                return c.left();
            }
        }
        return null;
    }

    /** Whether the {@link #boundedStep} steps an int below an int bound (a float bound may exceed every int). */
    private boolean inBounds(BoundedStep b) {
        Local i = locals.get(((PyAst.Name) b.step().target()).id());
        if (i == null || i.kind != PyUnboxed.INT || !isVariable(i)) {
            return false;
        }
        if (b.bound() instanceof PyAst.IntLit) {
            return true;
        }
        Local n = b.bound() instanceof PyAst.Name name ? locals.get(name.id()) : null;
        return n != null && n.kind == PyUnboxed.INT && n.elements == null && n.rows == null;
    }

    /** Whether a statement of {@code body} (at any depth) assigns {@code name}. */
    private static boolean assigns(List<Stmt> body, String name) {
        Set<String> names = new HashSet<>();
        body.forEach(s -> assignedNames(s, names));
        return names.contains(name);
    }

    /** Whether the code being lowered is the region's loop body itself, outside any loop nested in it. */
    private boolean inRegionIteration() {
        return !loops.isEmpty() && loops.peek().isRegion();
    }

    /** Whether a block ends in break or continue (the code after it is not reached from its end). */
    private static boolean jumpsAway(List<Stmt> body) {
        return !body.isEmpty() && (body.getLast() instanceof PyAst.Break || body.getLast() instanceof PyAst.Continue);
    }

    private void whileStmt(PyAst.While w) throws Unsupported {
        NestedLoop nested = nestedLoopHead(w.body());
        jumpIfFalse(w.test(), nested.orelse());
        loopRest(nested, w.body(), w.orelse());
    }

    /** A loop inside the region: its labels, and the names assigned before it. */
    private record NestedLoop(Label head, Label orelse, Label exit, Set<String> before) {
    }

    /**
     * Binds a nested loop's head, where each iteration polls for interrupts (and counts);
     * {@code counters}: the slots of the counters its step updates in place.
     */
    private NestedLoop nestedLoopHead(List<Stmt> body, int... counters) {
        NestedLoop nested = new NestedLoop(e.newLabel(), e.newLabel(), e.newLabel(), new HashSet<>(assigned));
        enterLoop(body, counters);
        e.bind(nested.head());
        pollAndCount();
        return nested;
    }

    /**
     * The rest of a nested loop once its test is lowered: the body (break leaves by the exit,
     * continue goes to the head), the back-edge, then the else part. Names assigned only inside
     * the loop do not count as assigned after it.
     */
    private void loopRest(NestedLoop nested, List<Stmt> body, List<Stmt> orelseBody) throws Unsupported {
        loops.push(new LoopLabels(nested.head(), nested.exit(), false));
        block(body);
        loops.pop();
        // The next pass through the body polls at the head and may side-exit after these writes.
        sideExitFollowsWrites();
        e.branch("jump", nested.head());
        e.leaveLoop();
        e.bind(nested.orelse());
        assigned = new HashSet<>(nested.before());
        if (orelseBody != null) {
            block(orelseBody);
        }
        assigned = nested.before();
        e.bind(nested.exit());
    }

    /**
     * Before the head of a loop ({@link Emitter#enterLoop}): in an innermost one, keeps the float
     * locals its body assigns in registers as well (at most seven, the most used first), and its
     * counters ({@code counters}, slots its step updates in place) and the int locals its body
     * updates in place (at most four in all), so that the values its iterations carry from one to
     * the next go from register to register instead of through memory.
     */
    private void enterLoop(List<Stmt> body, int... counters) {
        BodyNames names = bodyNames.computeIfAbsent(body, LoopCompiler::bodyNames);
        List<Integer> floats = new ArrayList<>();
        List<Integer> ints = new ArrayList<>();
        if (names.innermost()) {
            for (int c : counters) {
                ints.add(c);
            }
            if (counterSlot >= 0) {
                // The iteration count, one more at every head: in a register, no chain through memory.
                ints.add(counterSlot);
            }
        }
        Set<String> updated = names.updatedInPlace();
        for (String name : names.assignedByUse()) {
            Local l = locals.get(name);
            if (l != null && l.kind == PyUnboxed.FLOAT && l.elements == null && floats.size() < Emitter.FLOAT_REGISTERS) {
                floats.add(l.index);
            } else if (l != null && l.kind == PyUnboxed.INT && isPlainNumber(l) && updated.contains(name) && ints.size() < Emitter.INT_REGISTERS) {
                // Only in-place updates read an int register: any other int local would only cost reloads.
                ints.add(l.index);
            }
        }
        e.enterLoop(floats, ints);
    }

    /** The names {@code s} updates in place by {@code +}, {@code -} or {@code *} ({@code x += e}, {@code x = x - e}, {@code x = e * x}). */
    private static void updatedInPlace(Stmt s, Set<String> names) {
        if (s instanceof PyAst.AugAssign a && a.target() instanceof PyAst.Name n && isSumOrProduct(a.op())) {
            names.add(n.id());
        } else if (s instanceof PyAst.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof PyAst.Name n && a.value() instanceof PyAst.BinOp b
                        && isSumOrProduct(b.op())) {
            boolean commutative = b.op() != PyAst.BinOpKind.SUB;
            if (b.left() instanceof PyAst.Name l && l.id().equals(n.id()) || commutative && b.right() instanceof PyAst.Name r && r.id().equals(n.id())) {
                names.add(n.id());
            }
        } else if (s instanceof PyAst.If i) {
            i.body().forEach(b -> updatedInPlace(b, names));
            i.orelse().forEach(b -> updatedInPlace(b, names));
        }
    }

    private static boolean isSumOrProduct(PyAst.BinOpKind op) {
        return op == PyAst.BinOpKind.ADD || op == PyAst.BinOpKind.SUB || op == PyAst.BinOpKind.MUL;
    }

    /** A local whose slot holds its number itself (no list, str, row, tree or big int word). */
    private static boolean isPlainNumber(Local l) {
        return l.elements == null && l.rows == null && !l.big && !l.tree && !l.isStr && !l.isChar && !l.isLength && !l.isCapacity;
    }

    /**
     * For an innermost loop's body, the names it assigns, the most used first, and those it updates
     * in place; for a body that holds a loop, neither.
     */
    private record BodyNames(boolean innermost, List<String> assignedByUse, Set<String> updatedInPlace) {
    }

    private static BodyNames bodyNames(List<Stmt> body) {
        Map<String, Integer> uses = new HashMap<>();
        boolean[] loop = {false};
        for (Stmt s : body) {
            countNames(s, uses, loop);
        }
        if (loop[0]) {
            return new BodyNames(false, List.of(), Set.of());
        }
        Set<String> written = new HashSet<>();
        Set<String> updated = new HashSet<>();
        for (Stmt s : body) {
            assignedNames(s, written);
            updatedInPlace(s, updated);
        }
        return new BodyNames(true, written.stream().sorted((a, b) -> uses.get(b) - uses.get(a)).toList(), updated);
    }

    /**
     * Counts the uses of each name in {@code node}; {@code loop[0]} is set when it holds a loop (a
     * generator expression too: {@link #reduction} lowers its loops in place).
     */
    private static void countNames(PyAst.Node node, Map<String, Integer> uses, boolean[] loop) {
        if (node instanceof PyAst.Name n) {
            uses.merge(n.id(), 1, Integer::sum);
        } else if (node instanceof PyAst.While || node instanceof PyAst.For || node instanceof PyAst.GeneratorExp) {
            loop[0] = true;
        }
        PyAstChildren.forEach(node, c -> countNames(c, uses, loop));
    }

    /** The names {@code s} assigns (targets of assignments and for loops, in every branch and loop body). */
    static void assignedNames(Stmt s, Set<String> names) {
        if (s instanceof PyAst.Assign a) {
            a.targets().forEach(t -> targetNames(t, names));
        } else if (s instanceof PyAst.AugAssign a) {
            targetNames(a.target(), names);
        } else if (s instanceof PyAst.If i) {
            i.body().forEach(b -> assignedNames(b, names));
            i.orelse().forEach(b -> assignedNames(b, names));
        } else if (s instanceof PyAst.While w) {
            w.body().forEach(b -> assignedNames(b, names));
            w.orelse().forEach(b -> assignedNames(b, names));
        } else if (s instanceof PyAst.For f) {
            targetNames(f.target(), names);
            f.body().forEach(b -> assignedNames(b, names));
            f.orelse().forEach(b -> assignedNames(b, names));
        }
    }

    static void targetNames(Expr t, Set<String> names) {
        if (t instanceof PyAst.Name n) {
            names.add(n.id());
        } else if (t instanceof PyAst.TupleExpr tuple) {
            tuple.elts().forEach(x -> targetNames(x, names));
        }
    }

    private void pollAndCount() {
        leaf = false;
        e.guarded("poll_interrupt", EXIT_INTERRUPT);
        if (counterSlot >= 0) {
            e.op("count", counterSlot);
        }
    }

    /**
     * A nested for loop: over a local list of ints, floats or bools ({@link #forItems}), over a list
     * of rows ({@link #forRows}), over a str ({@link #charsLoop}), or {@code for name in
     * range(start, stop, step)} with a literal step or one above 0, counted in native temporaries.
     */
    private void forStmt(PyAst.For f) throws Unsupported {
        Inline generator = generatorCalled(f.iter());
        if (generator != null) {
            block(new GeneratorFusion(callees, GENEXPR).forLoop(f, generator));
            return;
        }
        ItemsLoop items = itemsLoop(f);
        if (items != null) {
            forItems(items, f);
            return;
        }
        CharsLoop chars = charsLoop(f);
        if (chars != null) {
            Local str = strLocal(chars.source().id());
            int count = chars.counter() == null ? -1 : enumerateStart(chars.start());
            int index = temp();
            e.op("load_const", index, 0);
            NestedLoop nested = nestedLoopHead(f.body());
            nextCharacter(nested.orelse(), index, count, chars, str);
            stepItems(index, count);
            loopRest(nested, f.body(), f.orelse());
            return;
        }
        if (f.iter() instanceof PyAst.Name source && function == null) {
            forRows(f, source);
            return;
        }
        if (!(f.target() instanceof PyAst.Name target)) {
            throw new Unsupported("for target is not a name");
        }
        if (f.iter() instanceof PyAst.Subscript || f.iter() instanceof PyAst.ListExpr || f.iter() instanceof PyAst.BinOp || f.iter() instanceof PyAst.TupleExpr ||
                        f.iter() instanceof PyAst.ListComp) {
            forNewList(f, target);
            return;
        }
        if (builtinCall(f.iter(), "reversed") instanceof PyAst.Call reversed && reversed.args().size() == 1) {
            forReversed(f, target, reversed.args().get(0));
            return;
        }
        PyAst.Call call = builtinCall(f.iter(), "range");
        if (call == null || call.args().isEmpty() || call.args().size() > 3) {
            throw new Unsupported("for over something else than range()");
        }
        builtinsUsed.add("range");
        long step = 1;
        boolean literalStep = true;
        if (call.args().size() == 3) {
            Expr s = call.args().get(2);
            if (s instanceof PyAst.IntLit lit && lit.value() instanceof Long v) {
                step = v;
            } else if (s instanceof PyAst.UnaryOp u && u.op() == PyAst.UnaryOpKind.NEG && u.operand() instanceof PyAst.IntLit lit && lit.value() instanceof Long v) {
                step = -v;
            } else {
                literalStep = false;
            }
            if (step == 0) {
                throw new Unsupported("range step 0");
            }
        }
        int current = temp();
        int stop = temp();
        if (call.args().size() == 1) {
            e.op("load_const", current, 0);
            e.op("move", stop, intArg(call.args().get(0)));
        } else {
            e.op("move", current, intArg(call.args().get(0)));
            e.op("move", stop, intArg(call.args().get(1)));
        }
        int stepSlot = -1;
        if (!literalStep) {
            // range(i * i, n, i): a step above 0, as sieves have; another (or a ValueError for 0) is tier 1's.
            stepSlot = temp();
            e.op("move", stepSlot, intArg(call.args().get(2)));
            int positive = temp();
            e.op("int_gt", positive, stepSlot, constant(0));
            e.guarded("guard_true", EXIT_RANGE, positive);
        }
        Map<Expr, Val> around = hoistInvariants(f.body(), target.id());
        NestedLoop nested = nestedLoopHead(f.body(), current);
        e.branch(step > 0 ? "branch_int_ge" : "branch_int_le", nested.orelse(), current, stop);
        assign(target.id(), new Val(PyUnboxed.INT, current));
        if (!literalStep) {
            e.guarded("int_add", EXIT_OVERFLOW, current, current, stepSlot);
        } else if (Math.abs(step) == 1) {
            // current is on this side of stop, so one step toward it stays in range.
            e.op("int_add_imm_wrap", current, current, step);
        } else {
            e.guarded("int_add_imm", EXIT_OVERFLOW, current, current, step);
        }
        loopRest(nested, f.body(), f.orelse());
        hoisted = around;
    }

    /**
     * Computes before a nested range loop the arithmetic of its body that no iteration changes
     * ({@code i * 7} in {@code k = (i * 7 + j * 13) % 17} of a loop over {@code j}): sums,
     * differences and products of ints and floats the loop does not assign, in the statements that
     * start the body and so run in every iteration. Where such an operation would side-exit (an int
     * overflow), doing it before the loop only makes tier 1 redo the region's iteration a little
     * earlier. Returns the expressions hoisted around this loop, to restore after it.
     */
    private Map<Expr, Val> hoistInvariants(List<Stmt> body, String target) throws Unsupported {
        Map<Expr, Val> around = hoisted;
        Set<String> changing = new HashSet<>(Set.of(target));
        for (Stmt s : body) {
            if (!(s instanceof PyAst.Assign || s instanceof PyAst.AugAssign || s instanceof PyAst.ExprStmt || s instanceof PyAst.If
                            || s instanceof PyAst.While || s instanceof PyAst.For || s instanceof PyAst.Break || s instanceof PyAst.Continue
                            || s instanceof PyAst.Pass)) {
                return around;
            }
            assignedNames(s, changing);
            walrusNames(s, changing);
        }
        List<Expr> found = new ArrayList<>();
        for (Stmt s : body) {
            Expr value = s instanceof PyAst.Assign a ? a.value() : s instanceof PyAst.AugAssign a ? a.value() : s instanceof PyAst.ExprStmt x ? x.value() : null;
            if (value == null) {
                break;
            }
            findInvariants(value, changing, found);
        }
        if (found.isEmpty()) {
            return around;
        }
        hoisted = new IdentityHashMap<>(around);
        for (Expr x : found) {
            Val v = operand(x);
            hoisted.put(x, v);
        }
        return around;
    }

    private static void walrusNames(PyAst.Node node, Set<String> names) {
        if (node instanceof PyAst.NamedExpr n) {
            targetNames(n.target(), names);
        }
        PyAstChildren.forEach(node, c -> walrusNames(c, names));
    }

    /** The largest invariant operations in {@code x}, looking only where every part of it is evaluated. */
    private void findInvariants(Expr x, Set<String> changing, List<Expr> found) {
        if (x instanceof PyAst.BinOp b && invariant(b, changing)) {
            found.add(b);
        } else if (x instanceof PyAst.BinOp b) {
            findInvariants(b.left(), changing, found);
            findInvariants(b.right(), changing, found);
        } else if (x instanceof PyAst.UnaryOp u) {
            findInvariants(u.operand(), changing, found);
        } else if (x instanceof PyAst.Compare c && c.comparators().size() == 1) {
            findInvariants(c.left(), changing, found);
            findInvariants(c.comparators().get(0), changing, found);
        } else if (x instanceof PyAst.Subscript sub && !(sub.slice() instanceof PyAst.Slice)) {
            findInvariants(sub.slice(), changing, found);
        } else if (x instanceof PyAst.Call c) {
            c.args().forEach(a -> findInvariants(a, changing, found));
        }
    }

    /** {@code +}, {@code -} or {@code *} of ints and floats that no iteration of the loop changes, and not constants alone. */
    private boolean invariant(PyAst.BinOp b, Set<String> changing) {
        return isSumOrProduct(b.op()) && (b.left() instanceof PyAst.Name || b.right() instanceof PyAst.Name || b.left() instanceof PyAst.BinOp
                        || b.right() instanceof PyAst.BinOp) && invariantOperand(b.left(), changing) && invariantOperand(b.right(), changing);
    }

    private boolean invariantOperand(Expr x, Set<String> changing) {
        if (x instanceof PyAst.IntLit i) {
            return i.value() instanceof Long;
        } else if (x instanceof PyAst.FloatLit) {
            return true;
        } else if (x instanceof PyAst.BinOp b) {
            return invariant(b, changing);
        } else if (x instanceof PyAst.Name n) {
            Local l = locals.get(n.id());
            return inlined == null && l != null && !changing.contains(n.id()) && (l.entryBound || assigned.contains(n.id())) && isVariable(l)
                            && (l.kind == PyUnboxed.INT || l.kind == PyUnboxed.FLOAT) && isPlainNumber(l);
        }
        return false;
    }

    /**
     * {@code for x in reversed(xs)} over a local list, as CPython's reverse list iterator: from the
     * last index the list had when the loop began down to 0, while the index is below the list's
     * length; or {@code for i in reversed(range(a, b))}: from b - 1 down to a.
     */
    private void forReversed(PyAst.For f, PyAst.Name target, Expr source) throws Unsupported {
        builtinsUsed.add("reversed");
        int index = temp();
        int lowest = temp();
        ListRef list = null;
        if (builtinCall(source, "range") instanceof PyAst.Call call && (call.args().size() == 1 || call.args().size() == 2)) {
            builtinsUsed.add("range");
            if (call.args().size() == 1) {
                e.op("load_const", lowest, 0);
            } else {
                e.op("move", lowest, intArg(call.args().get(0)));
            }
            e.guarded("int_add_imm", EXIT_OVERFLOW, index, intArg(call.args().getLast()), -1);
        } else if (source instanceof PyAst.Name name && holdsItems(name.id())) {
            list = listRef(name);
            e.op("load_const", lowest, 0);
            // A length is at least 0: no overflow.
            e.op("int_add_imm_wrap", index, list.length(), -1);
        } else {
            throw new Unsupported("reversed() of something else than a local list or range(a, b)");
        }
        NestedLoop nested = nestedLoopHead(f.body());
        e.branch("branch_int_lt", nested.orelse(), index, lowest);
        if (list == null) {
            assign(target.id(), new Val(PyUnboxed.INT, index));
        } else {
            e.branch("branch_int_ge", nested.orelse(), index, list.length());
            assign(target.id(), loadItem(list.value(), new Val(PyUnboxed.INT, index)));
        }
        // index >= lowest here, so one step down stays in range.
        e.op("int_add_imm_wrap", index, index, -1);
        loopRest(nested, f.body(), f.orelse());
    }

    /** {@code x} as a call of the builtin {@code name} (not a local of that name) without keywords, or null. */
    private PyAst.Call builtinCall(Expr x, String name) {
        return x instanceof PyAst.Call call && call.func() instanceof PyAst.Name fn && fn.id().equals(name) && !frameSlots.containsKey(name) &&
                        call.keywords().isEmpty() ? call : null;
    }

    /** Whether the local {@code name} is (or, in a loop region, holds at entry) a list of ints, floats or bools. */
    private boolean holdsItems(String name) {
        Local l = locals.get(name);
        if (l != null) {
            return l.elements != null && !l.isLength && !l.isStr;
        }
        Integer slot = frameSlots.get(name);
        return function == null && inlined == null && slot != null && variable(slot) instanceof PyList list && list.size() > 0 &&
                        PyUnboxed.of(list.get(0)) != null;
    }

    /**
     * {@code for target in source}, {@code for counter, target in enumerate(source[, start])}, or
     * {@code for t1, t2, ... in zip(s1, s2, ...)}, over local lists of ints, floats or bools: each
     * target takes the item of its source.
     */
    private record ItemsLoop(PyAst.Name counter, List<PyAst.Name> targets, List<PyAst.Name> sources, Expr start) {
    }

    /** The loop {@code f} as an {@link ItemsLoop}, or null when it is not one. */
    private ItemsLoop itemsLoop(PyAst.For f) {
        if (f.target() instanceof PyAst.Name target && f.iter() instanceof PyAst.Name source) {
            return holdsItems(source.id()) ? new ItemsLoop(null, List.of(target), List.of(source), null) : null;
        }
        if (builtinCall(f.iter(), "zip") instanceof PyAst.Call call && call.args().size() >= 2 && f.target() instanceof PyAst.TupleExpr tuple &&
                        tuple.elts().size() == call.args().size()) {
            List<PyAst.Name> targets = new ArrayList<>();
            List<PyAst.Name> sources = new ArrayList<>();
            for (int k = 0; k < call.args().size(); k++) {
                if (!(tuple.elts().get(k) instanceof PyAst.Name target) || !(call.args().get(k) instanceof PyAst.Name source) || !holdsItems(source.id())) {
                    return null;
                }
                targets.add(target);
                sources.add(source);
            }
            return new ItemsLoop(null, targets, sources, null);
        }
        if (builtinCall(f.iter(), "enumerate") instanceof PyAst.Call call && (call.args().size() == 1 || call.args().size() == 2) &&
                        call.args().get(0) instanceof PyAst.Name source && f.target() instanceof PyAst.TupleExpr pair && pair.elts().size() == 2 &&
                        pair.elts().get(0) instanceof PyAst.Name counter && pair.elts().get(1) instanceof PyAst.Name target && holdsItems(source.id())) {
            return new ItemsLoop(counter, List.of(target), List.of(source), call.args().size() == 2 ? call.args().get(1) : null);
        }
        return null;
    }

    /**
     * A nested {@link ItemsLoop}, as CPython's list iterator and enumerate do it: item by item while
     * the index is below the length the list has at that moment (the loop's own appends count), the
     * count from the start taken once before the loop (the body may rebind a local it was read from).
     */
    private void forItems(ItemsLoop items, PyAst.For f) throws Unsupported {
        List<ListRef> lists = listRefs(items);
        int count = items.counter() == null ? -1 : enumerateStart(items.start());
        int index = temp();
        e.op("load_const", index, 0);
        NestedLoop nested = nestedLoopHead(f.body());
        nextItem(nested.orelse(), index, count, items, lists);
        stepItems(index, count);
        loopRest(nested, f.body(), f.orelse());
    }

    /** A nested enumerate's count, from its start ({@code start}, or 0 when null), taken once before the loop. */
    private int enumerateStart(Expr start) throws Unsupported {
        builtinsUsed.add("enumerate");
        int count = temp();
        if (start != null) {
            e.op("move", count, intArg(start));
        } else {
            e.op("load_const", count, 0);
        }
        return count;
    }

    /** The lists an {@link ItemsLoop} goes over. */
    private List<ListRef> listRefs(ItemsLoop items) throws Unsupported {
        List<ListRef> lists = new ArrayList<>();
        for (PyAst.Name source : items.sources()) {
            lists.add(listRef(source));
        }
        if (lists.size() > 1) {
            builtinsUsed.add("zip");
        }
        return lists;
    }

    /**
     * The head of an iteration over list items: to {@code exit} once {@code index} reaches a list's
     * length (zip stops at the shortest), else the count ({@code count}, a slot, or -1) and the items
     * bound; {@link #stepItems} then steps them.
     */
    private void nextItem(Label exit, int index, int count, ItemsLoop items, List<ListRef> lists) throws Unsupported {
        for (ListRef list : lists) {
            e.branch("branch_int_ge", exit, index, list.length());
        }
        if (items.counter() != null) {
            assign(items.counter().id(), new Val(PyUnboxed.INT, count));
        }
        for (int k = 0; k < lists.size(); k++) {
            assign(items.targets().get(k).id(), loadItem(lists.get(k).value(), new Val(PyUnboxed.INT, index)));
        }
    }

    /** Steps an iteration over list items: the count (past 2**63 it is tier 1's big int), then the index (below the length). */
    private void stepItems(int index, int count) {
        if (count >= 0) {
            e.guarded("int_add_imm", EXIT_OVERFLOW, count, count, 1);
        }
        e.op("int_add_imm_wrap", index, index, 1);
    }

    /**
     * {@code for b in bodies} over a list of lists, or {@code for b1, b2 in pairs} over a list of
     * tuples of lists (of ints, floats or bools): entering the region pins every row's lists and
     * tabulates their addresses and lengths, and each iteration binds the targets to the next row's.
     */
    private void forRows(PyAst.For f, PyAst.Name source) throws Unsupported {
        List<String> targets = forTargets(f);
        Local table = rowsLocal(source.id(), targets.size(), f.target() instanceof PyAst.TupleExpr);
        Local count = locals.get("<rows>" + source.id());
        int current = temp();
        e.op("load_const", current, 0);
        NestedLoop nested = nestedLoopHead(f.body());
        e.branch("branch_int_ge", nested.orelse(), current, count.index);
        bindRow(targets, table, current);
        // current < count here.
        e.op("int_add_imm_wrap", current, current, 1);
        loopRest(nested, f.body(), f.orelse());
        for (String t : targets) {
            // After the loop the name may still hold the list it had before (when there were no rows).
            lengthChecked.remove(locals.get(t).index);
        }
    }

    /**
     * {@code for x in xs[::-1]}, {@code for x in [a, b]} or {@code (a, b)}, {@code for x in xs + ys}, a comprehension, a row
     * ({@code grid[i]}) or an item list expression: the loop goes over the list the expression
     * makes (a temporary, which lives until the region's loop head) or is, item by item.
     */
    private void forNewList(PyAst.For f, PyAst.Name target) throws Unsupported {
        Val list = value(asDisplay(f.iter()));
        if (!list.isList()) {
            throw new Unsupported("for over something else than a list");
        }
        int index = temp();
        e.op("load_const", index, 0);
        NestedLoop nested = nestedLoopHead(f.body());
        e.branch("branch_int_ge", nested.orelse(), index, list.length());
        assign(target.id(), loadItem(list, new Val(PyUnboxed.INT, index)));
        // index < length here.
        e.op("int_add_imm_wrap", index, index, 1);
        loopRest(nested, f.body(), f.orelse());
    }

    /** The table local of a list of rows of {@code arity} lists (tuples of them if {@code tuples}), with its row count local. */
    private Local rowsLocal(String name, int arity, boolean tuples) throws Unsupported {
        Local table = locals.get(name);
        if (table != null) {
            if (table.rows == null || table.rows.arity() != arity || table.rows.tuples() != tuples) {
                throw new Unsupported("'" + name + "' is iterated in two ways");
            }
            return table;
        }
        int slot = frameSlot(name);
        if (!(variable(slot) instanceof PyList list) || list.size() == 0) {
            throw new Unsupported("for over something else than range() or a non-empty list");
        }
        Object first = list.get(0);
        List<Object> components = new ArrayList<>();
        if (!tuples) {
            components.add(first);
        } else if (first instanceof PyTuple t && t.size() == arity) {
            for (int j = 0; j < arity; j++) {
                components.add(t.get(j));
            }
        } else {
            throw new Unsupported("'" + name + "' does not hold tuples of " + arity);
        }
        List<PyUnboxed> kinds = new ArrayList<>();
        // Tuples of numbers (points, pairs) are rows too: entering copies their numbers into the table.
        boolean scalars = tuples && components.stream().allMatch(c -> PyUnboxed.of(c) != null);
        for (Object c : components) {
            ValueType t = ValueType.of(c);
            if (t == null || t.list() == scalars) {
                throw new Unsupported("the rows of '" + name + "' are not lists or tuples of ints, floats or bools");
            }
            kinds.add(t.kind());
        }
        Rows rows = new Rows(arity, tuples, List.copyOf(kinds), scalars);
        table = newCountedLocal(name, "<rows>", slot, PyUnboxed.INT, true);
        table.rows = rows;
        locals.get("<rows>" + name).rows = rows;
        return table;
    }

    /**
     * Whether {@code sub} takes one row of a list of lists a loop region holds in a local (one it
     * indexes or iterates, or one whose first item is a list now: {@link #isRows}).
     */
    private boolean isRowOf(PyAst.Subscript sub) {
        return !(sub.slice() instanceof PyAst.Slice) && sub.value() instanceof PyAst.Name n && isRows(n);
    }

    private boolean isRows(PyAst.Name n) {
        if (function != null || inlined != null) {
            return false;
        }
        Local l = locals.get(n.id());
        if (l != null) {
            return l.rows != null;
        }
        Integer slot = frameSlots.get(n.id());
        return slot != null && variable(slot) instanceof PyList list && list.size() > 0 && (list.get(0) instanceof PyList || list.get(0) instanceof PyTuple);
    }

    /** The rows local of {@code n} (see {@link #isRows}), made for the shape its first row has now if it is new. */
    private Local rowsLocalAsFound(PyAst.Name n) throws Unsupported {
        if (locals.containsKey(n.id())) {
            return locals.get(n.id());
        }
        Object first = ((PyList) variable(frameSlot(n.id()))).get(0);
        return first instanceof PyTuple t ? rowsLocal(n.id(), t.size(), true) : rowsLocal(n.id(), 1, false);
    }

    /**
     * {@code rows[i]}: the bounds check of i against the number of rows, then the row's items
     * address and length from the table entering the region made.
     */
    private Row row(PyAst.Subscript sub) throws Unsupported {
        String name = ((PyAst.Name) sub.value()).id();
        Local table = rowsLocal(name, 1, false);
        Local count = locals.get("<rows>" + name);
        Val i = index(sub.slice());
        int at = temp();
        e.guarded("row_index", EXIT_INDEX, at, table.index, count.index, i.slot());
        int entry = temp();
        e.op("row_entry", entry, table.index, at);
        int items = temp();
        int length = temp();
        e.op("list_load_at_unchecked", items, entry, entry, 0);
        e.op("list_load_at_unchecked", length, entry, entry, 1);
        return new Row(new Val(table.rows.kinds().get(0), items, length, false), at, table);
    }

    /** The names a for loop over rows binds: one, or those of its target tuple. */
    private static List<String> forTargets(PyAst.For f) throws Unsupported {
        List<String> targets = new ArrayList<>();
        boolean tuples = f.target() instanceof PyAst.TupleExpr;
        for (Expr t : tuples ? ((PyAst.TupleExpr) f.target()).elts() : List.of(f.target())) {
            if (!(t instanceof PyAst.Name n)) {
                throw new Unsupported("for target is not a name");
            }
            targets.add(n.id());
        }
        return targets;
    }

    /** Binds {@code targets} to row {@code current} (a slot below the row count) of {@code table}: its numbers, or its lists. */
    private void bindRow(List<String> targets, Local table, int current) throws Unsupported {
        int at = temp();
        e.guarded("int_mul", EXIT_OVERFLOW, at, current, constant(table.rows.tableWidth()));
        // The row's entries (the table has a row per count), at constant offsets.
        int row = temp();
        e.op("list_item_address", row, table.index, at);
        if (table.rows.scalars()) {
            assignRowNumbers(targets, table, row);
            return;
        }
        for (int j = 0; j < targets.size(); j++) {
            int items = temp();
            int length = temp();
            e.op("list_load_at_unchecked", items, row, row, 2 * j);
            e.op("list_load_at_unchecked", length, row, row, 2 * j + 1);
            assignRowList(targets.get(j), table, j, items, length, current);
        }
    }

    /**
     * {@code a, b = pts[i]} of a list of tuples of numbers (see {@link Rows#scalars}): Python's
     * negative index, an IndexError side exit, then each name takes its number.
     */
    private void unpackRow(List<String> targets, PyAst.Subscript sub) throws Unsupported {
        String name = ((PyAst.Name) sub.value()).id();
        Local table = rowsLocal(name, targets.size(), true);
        if (!table.rows.scalars()) {
            throw new Unsupported("unpacking a row of lists");
        }
        Val i = index(sub.slice());
        int at = temp();
        e.guarded("row_index", EXIT_INDEX, at, table.index, locals.get("<rows>" + name).index, i.slot());
        int offset = temp();
        // at < the number of rows, so the offset stays within the table.
        e.guarded("int_mul", EXIT_OVERFLOW, offset, at, constant(table.rows.tableWidth()));
        int row = temp();
        e.op("list_item_address", row, table.index, offset);
        assignRowNumbers(targets, table, row);
    }

    /** Binds each of {@code targets} to its number of the row at address slot {@code row}, after loading them all. */
    private void assignRowNumbers(List<String> targets, Local table, int row) throws Unsupported {
        int[] values = new int[targets.size()];
        for (int j = 0; j < values.length; j++) {
            values[j] = temp();
            e.op("list_load_at_unchecked", values[j], row, row, j);
        }
        for (int j = 0; j < values.length; j++) {
            assign(targets.get(j), new Val(table.rows.kinds().get(j), values[j]));
        }
    }

    /** Binds the list local {@code name} to component {@code j} of the current row: its items, length and row index. */
    private void assignRowList(String name, Local table, int j, int items, int length, int rowIndex) throws Unsupported {
        Local list = locals.get(name);
        if (list == null) {
            list = newListLocal(name, frameSlot(name), table.rows.kinds().get(j), false);
            list.rowsOf = table;
            list.component = j;
            list.row = newLocal("<row>" + name, -1);
            list.row.kind = PyUnboxed.INT;
        } else if (list.rowsOf != table || list.component != j) {
            throw new Unsupported("'" + name + "' is bound to more than one list");
        }
        Local[] parts = {list, locals.get("<len>" + name), list.row};
        int[] values = {items, length, rowIndex};
        boolean bound = assigned.contains(name);
        for (int k = 0; k < parts.length; k++) {
            markWritten(parts[k]);
            e.op("move", parts[k].index, values[k]);
            if (!bound) {
                e.op("set_bound", 2 * localCount + parts[k].index);
            }
        }
        assigned.add(name);
        checkLength(list);
    }

    private int intArg(Expr x) throws Unsupported {
        Val v = expr(x);
        if (v.kind() == PyUnboxed.FLOAT) {
            throw new Unsupported("range of a float");
        }
        return v.slot();
    }

    // ------------------------------------------------------------------------------------ expressions

    /** An int, float or bool. */
    private Val expr(Expr x) throws Unsupported {
        return number(value(x));
    }

    /** {@link #expr}, where an int may also be a big int's word. */
    private Val numeric(Expr x) throws Unsupported {
        return number(operand(x));
    }

    /** {@code v} where a number is needed: a tree's word must hold an int (None or a tuple side-exits to tier 1). */
    private Val number(Val v) throws Unsupported {
        if (!v.isTree()) {
            return scalar(v);
        }
        int t = temp();
        e.guarded("tree_to_int", EXIT_RANGE, t, v.slot());
        return new Val(PyUnboxed.INT, t);
    }

    /** {@code v} as a tree's word: an int (within 63 bits, else a side exit), None or a tuple. */
    private Val treeWord(Val v) throws Unsupported {
        if (v.isTree()) {
            return v;
        }
        if (v.isList() || v.kind() != PyUnboxed.INT) {
            throw new Unsupported("a tuple holding a " + (v.isList() ? "list" : v.kind().name().toLowerCase()));
        }
        int t = temp();
        e.guarded("tree_from_int", EXIT_OVERFLOW, t, v.slot());
        return Val.tree(t);
    }

    private static Val scalar(Val v) throws Unsupported {
        if (v.isList()) {
            throw new Unsupported("a list where a number is needed");
        }
        if (v.isTree()) {
            throw new Unsupported("a tuple or None where a number is needed");
        }
        return v;
    }

    /** Any value: a number, or a list (a local one, a slice, a concatenation, a display, a repetition, a call's result). */
    private Val value(Expr x) throws Unsupported {
        return small(operand(x));
    }

    /** {@link #value}, where an int may also be a big int's word (the operands of arithmetic, comparisons and assignments). */
    private Val operand(Expr x) throws Unsupported {
        Val invariant = hoisted.get(x);
        if (invariant != null) {
            return invariant;
        }
        if (x instanceof PyAst.Name n && function == null && inlined == null && !locals.containsKey(n.id()) && frameSlots.containsKey(n.id()) &&
                        variable(frameSlots.get(n.id())) instanceof PyList) {
            return listRef(n).value();
        } else if (x instanceof PyAst.Subscript sub && sub.slice() instanceof PyAst.Slice slice) {
            Val list = value(sub.value());
            if (!list.isList()) {
                throw new Unsupported("slice of something else than a list");
            }
            return slice(list, slice);
        } else if (x instanceof PyAst.ListExpr display) {
            return display(display);
        } else if (x instanceof PyAst.ListComp lc) {
            return listComprehension(lc);
        } else if (x instanceof PyAst.BinOp b && b.op() == BinOpKind.MUL && b.left() instanceof PyAst.ListExpr l && l.elts().size() == 1) {
            return repeat(l.elts().get(0), b.right(), true);
        } else if (x instanceof PyAst.BinOp b && b.op() == BinOpKind.MUL && b.right() instanceof PyAst.ListExpr l && l.elts().size() == 1) {
            return repeat(l.elts().get(0), b.left(), false);
        } else if (x instanceof PyAst.TupleExpr t && function != null) {
            return newTree(treeItems(t));
        } else if (x instanceof PyAst.NoneLit && function != null) {
            return Val.tree(constant(0));
        } else if (x instanceof PyAst.BinOp b && b.op() == BinOpKind.ADD) {
            Val left = operand(b.left());
            if (!left.isList()) {
                return binary(b.op(), number(left), b.right());
            }
            Val right = value(b.right());
            if (right.isList()) {
                return concat(left, right);
            }
            return binary(b.op(), scalar(left), scalar(right));
        }
        return number(x);
    }

    private Val number(Expr x) throws Unsupported {
        if (x instanceof PyAst.IntLit lit) {
            if (!(lit.value() instanceof Long v)) {
                return bigConstant((BigInteger) lit.value());
            }
            return new Val(PyUnboxed.INT, constant(v));
        } else if (x instanceof PyAst.FloatLit lit) {
            return new Val(PyUnboxed.FLOAT, constant(Double.doubleToRawLongBits(lit.value())));
        } else if (x instanceof PyAst.BoolLit lit) {
            return new Val(PyUnboxed.BOOL, constant(lit.value() ? 1 : 0));
        } else if (x instanceof PyAst.Name n) {
            return read(n.id());
        } else if (x instanceof PyAst.BinOp b) {
            return binary(b.op(), numeric(b.left()), b.right());
        } else if (x instanceof PyAst.UnaryOp u) {
            return unary(u.op(), numeric(u.operand()));
        } else if (x instanceof PyAst.BoolOp b) {
            return boolOp(b);
        } else if (x instanceof PyAst.Compare c) {
            return compare(c);
        } else if (x instanceof PyAst.IfExp i) {
            return ifExp(i);
        } else if (x instanceof PyAst.Call c) {
            return call(c);
        } else if (x instanceof PyAst.Subscript sub && isRowOf(sub)) {
            return row(sub).list();
        } else if (x instanceof PyAst.Attribute a && a.value() instanceof PyAst.Name m && callees != null && !frameSlots.containsKey(m.id())) {
            return new Val(PyUnboxed.FLOAT, constant(Double.doubleToRawLongBits(callees.mathConstant(m.id(), a.attr()))));
        } else if (x instanceof PyAst.Subscript sub) {
            Val list = value(sub.value());
            if (list.isTree() && !(sub.slice() instanceof PyAst.Slice)) {
                // node[0]: None, an int or an index out of range side-exits to tier 1's error.
                int item = temp();
                e.guarded("tuple_item", EXIT_INDEX, item, list.slot(), index(sub.slice()).slot());
                return Val.tree(item);
            }
            if (!list.isList()) {
                throw new Unsupported("subscript of something else than a list");
            }
            return loadItem(list, index(sub.slice()));
        }
        throw new Unsupported(x.getClass().getSimpleName() + " expression");
    }

    /** A call of math's {@code function} (by its own name) with {@code args}, which must be as many as it takes. */
    private Val mathCall(String function, List<Expr> args) throws Unsupported {
        if (args.stream().anyMatch(a -> a instanceof PyAst.Starred) || args.size() != FunctionJit.mathArguments(function)) {
            // Tier 1 raises the TypeError of a wrong argument count.
            throw new Unsupported("call of math." + function + " with " + args.size() + " arguments");
        }
        if (function.equals("gcd") || function.equals("isqrt")) {
            return intMathCall(function, args);
        }
        if (args.size() == 1) {
            return mathCall(function, args.get(0));
        }
        Val a = asFloat(expr(args.get(0)));
        Val b = asFloat(expr(args.get(1)));
        int t = temp();
        if (function.equals("hypot")) {
            // Tier 1's vector_norm, with libm's exact fma (a NaN, an infinity or an extreme magnitude: tier 1's).
            e.guarded("call_f64_hypot", EXIT_RANGE, t, a.slot(), b.slot(), callees.libmAddress("fma"));
        } else {
            // atan2(y, x): libm's, as tier 1 calls it; it raises nothing.
            e.op("call_f64_f64_f64", t, a.slot(), b.slot(), callees.libmAddress(function));
        }
        return new Val(PyUnboxed.FLOAT, t);
    }

    /**
     * {@code pow(b, e, m)} of ints: squaring and multiplying modulo m in 64 bits; a negative exponent
     * or a modulus below 1 side-exits (tier 1 then computes an inverse, a negative result or raises).
     */
    private Val powMod(List<Expr> args) throws Unsupported {
        // A float: tier 1 raises TypeError (pow() 3rd argument not allowed unless all arguments are integers).
        List<Val> values = intArguments("pow", args);
        usesBuiltin("pow");
        int t = temp();
        e.guarded("int_pow_mod", EXIT_RANGE, t, values.get(0).slot(), values.get(1).slot(), values.get(2).slot());
        return new Val(PyUnboxed.INT, t);
    }

    /**
     * math.gcd(a, b) and math.isqrt(n) of ints (bools are ints), exact in 64 bits: a magnitude of
     * 2**63 and a negative square root side-exit, and tier 1 answers (a big int, its ValueError).
     */
    private Val intMathCall(String function, List<Expr> args) throws Unsupported {
        // A float: tier 1 raises TypeError ('float' object cannot be interpreted as an integer).
        List<Val> values = intArguments("math." + function, args);
        int t = temp();
        if (function.equals("gcd")) {
            e.guarded("int_gcd", EXIT_OVERFLOW, t, values.get(0).slot(), values.get(1).slot());
        } else {
            e.guarded("int_isqrt", EXIT_RANGE, t, values.get(0).slot());
        }
        return new Val(PyUnboxed.INT, t);
    }

    /** The values of {@code args} of a call of {@code what} that takes ints (and bools); a float is tier 1's TypeError. */
    private List<Val> intArguments(String what, List<Expr> args) throws Unsupported {
        List<Val> values = new ArrayList<>();
        for (Expr a : args) {
            Val v = expr(a);
            if (v.kind() == PyUnboxed.FLOAT) {
                throw new Unsupported(what + " of a float");
            }
            values.add(v);
        }
        return values;
    }

    /**
     * A call of math function {@code function} of one float, which side-exits on Python's math
     * domain and range errors: sqrt and fabs are instructions, the others direct calls into libm.
     */
    private Val mathCall(String function, Expr arg) throws Unsupported {
        if (function.equals("floor") || function.equals("ceil")) {
            Val v = expr(arg);
            if (v.kind() != PyUnboxed.FLOAT) {
                // An int is its own floor; a bool's slot holds 0 or 1.
                return new Val(PyUnboxed.INT, v.slot());
            }
            int t = temp();
            e.guarded(function.equals("floor") ? "int_floor_float" : "int_ceil_float", EXIT_RANGE, t, v.slot());
            return new Val(PyUnboxed.INT, t);
        }
        Val x = asFloat(expr(arg));
        int t = scratchTemp();
        switch (function) {
            case "sqrt" -> e.guarded("float_sqrt", EXIT_RANGE, t, x.slot());
            case "fabs" -> e.op("float_abs", t, x.slot());
            default -> e.guarded("call_f64_f64_checked", EXIT_RANGE, t, x.slot(), callees.libmAddress(function));
        }
        return new Val(PyUnboxed.FLOAT, t);
    }

    private Val call(PyAst.Call c) throws Unsupported {
        if (c.func() instanceof PyAst.Attribute at && at.value() instanceof PyAst.Name m && callees != null && c.keywords().isEmpty() &&
                        (c.args().size() == 1 || c.args().size() == 2) && !frameSlots.containsKey(m.id())) {
            return mathCall(callees.mathFunction(m.id(), at.attr()), c.args());
        }
        if (!(c.func() instanceof PyAst.Name fn) || !c.keywords().isEmpty() || frameSlots.containsKey(fn.id())) {
            throw new Unsupported("call");
        }
        if (fn.id().equals("len") && c.args().size() == 1) {
            usesBuiltin("len");
            if (c.args().get(0) instanceof PyAst.Name n && isRows(n)) {
                Local table = rowsLocalAsFound(n);
                return new Val(PyUnboxed.INT, locals.get("<rows>" + table.name).index);
            }
            if (c.args().get(0) instanceof PyAst.Name n && holdsStr(n.id())) {
                return new Val(PyUnboxed.INT, locals.get("<len>" + strLocal(n.id()).name).index);
            }
            Val list = value(c.args().get(0));
            if (list.isTree()) {
                int length = temp();
                e.guarded("tuple_len", EXIT_RANGE, length, list.slot());
                return new Val(PyUnboxed.INT, length);
            }
            if (!list.isList()) {
                throw new Unsupported("len of something else than a list");
            }
            return new Val(PyUnboxed.INT, list.length());
        }
        String imported = callees == null || c.args().size() > 2 ? null : callees.importedMathFunction(fn.id());
        if (imported != null) {
            return mathCall(imported, c.args());
        }
        if (List.of("sum", "any", "all", "min", "max").contains(fn.id()) && c.args().size() == 1 && c.args().get(0) instanceof PyAst.GeneratorExp g) {
            return reduction(fn.id(), g);
        }
        boolean generator = List.of("sum", "min", "max").contains(fn.id()) && c.args().size() == 1 && generatorCalled(c.args().get(0)) != null;
        if (generator || List.of("sum", "any", "all", "min", "max").contains(fn.id()) && c.args().size() == 1 && iteratesList(c.args().get(0))) {
            // sum(xs) goes through the list as sum(x for x in xs) does: the same builtin, the same
            // order; sum(squares(count_up(n))) takes the items of the generator so too.
            Expr items = c.args().get(0);
            PyAst.Name item = new PyAst.Name(items.start(), items.start(), "<item>");
            return reduction(fn.id(), new PyAst.GeneratorExp(items.start(), items.end(), item,
                            List.of(new PyAst.Comprehension(items.start(), items.end(), item, items, List.of()))));
        }
        if ((fn.id().equals("min") || fn.id().equals("max")) && c.args().size() >= 2) {
            return minMax(fn.id().equals("max"), c.args());
        }
        if (fn.id().equals("pow") && c.args().size() == 3 && c.args().stream().noneMatch(a -> a instanceof PyAst.Starred)) {
            return powMod(c.args());
        }
        if (fn.id().equals("pow") && c.args().size() == 2 && c.args().stream().noneMatch(a -> a instanceof PyAst.Starred)) {
            // pow(a, b) is a ** b.
            usesBuiltin("pow");
            return binary(BinOpKind.POW, expr(c.args().get(0)), c.args().get(1));
        }
        if (fn.id().equals("bool") && c.args().size() == 1 && !(c.args().get(0) instanceof PyAst.Starred)) {
            usesBuiltin("bool");
            return truth(expr(c.args().get(0)));
        }
        if (fn.id().equals("ord") && c.args().size() == 1 && isCharacter(c.args().get(0))) {
            usesBuiltin("ord");
            return character(c.args().get(0));
        }
        if (!List.of("abs", "float", "int", "round").contains(fn.id()) || c.args().size() != 1) {
            return nativeCall(fn.id(), c.args());
        }
        Val arg = expr(c.args().get(0));
        int t = temp();
        usesBuiltin(fn.id());
        switch (fn.id()) {
            case "abs" -> {
                if (arg.kind() == PyUnboxed.FLOAT) {
                    e.op("float_abs", t, arg.slot());
                    return new Val(PyUnboxed.FLOAT, t);
                }
                e.guarded("int_abs", EXIT_OVERFLOW, t, arg.slot());
                return new Val(PyUnboxed.INT, t);
            }
            case "float" -> {
                if (arg.kind() == PyUnboxed.FLOAT) {
                    return arg;
                }
                e.op("int_to_float", t, arg.slot());
                return new Val(PyUnboxed.FLOAT, t);
            }
            case "int", "round" -> {
                if (arg.kind() != PyUnboxed.FLOAT) {
                    // A bool's slot holds 0 or 1.
                    return new Val(PyUnboxed.INT, arg.slot());
                }
                e.guarded(fn.id().equals("int") ? "int_from_float" : "int_round_float", EXIT_RANGE, t, arg.slot());
                return new Val(PyUnboxed.INT, t);
            }
            default -> throw new IllegalStateException(fn.id());
        }
    }

    /** The results of the sums, mins and maxes of generator expressions lowered in place, and the expression's offset. */
    private final Map<String, Integer> accumulators = new HashMap<>();
    /** The offsets of the generator expressions whose results a pass found to be floats. */
    private final Set<Integer> floatAccumulators = new HashSet<>();

    /**
     * {@code sum}, {@code any}, {@code all}, {@code min} or {@code max} of a generator expression,
     * lowered as the loops tier 1 would resume a generator through: the expression's variables and
     * the result are hidden locals of their own ({@link ScopedNames}), each {@code if} guards the
     * rest, and the innermost statements add the element to the sum, end {@code any} at a true one
     * and {@code all} at a false one, or keep the first element and each later one that compares
     * greater (less), as the builtins do. Tier 1 sums from the int 0, so an empty sum of floats is 0,
     * not 0.0, and {@code min} and {@code max} of nothing raise: those side-exit.
     */
    private Val reduction(String fn, PyAst.GeneratorExp g) throws Unsupported {
        if (inlined != null) {
            throw new Unsupported("generator expression in a body lowered in place");
        }
        boolean sum = fn.equals("sum");
        boolean extreme = fn.equals("min") || fn.equals("max");
        if (!sum && !extreme && g.generators().size() != 1) {
            throw new Unsupported(fn + " of a generator expression of several loops");
        }
        usesBuiltin(fn);
        String scope = GENEXPR + g.start() + ">";
        Map<String, String> names = scopedNames(scope, g.generators());
        int at = g.start();
        PyAst.Name result = new PyAst.Name(at, at, scope);
        PyAst.Name seen = new PyAst.Name(at, at, scope + "seen");
        boolean floats = (sum || extreme) && floatAccumulators.contains(at);
        boolean empties = (floats && sum) || extreme;
        PyAst.Expr elt = ScopedNames.rename(g.elt(), names);
        List<Stmt> innermost = new ArrayList<>();
        PyAst.Stmt setSeen = new PyAst.Assign(at, at, List.of(seen), new PyAst.BoolLit(at, at, true));
        if (extreme) {
            PyAst.Name item = new PyAst.Name(at, at, scope + "item");
            PyAst.Stmt keep = new PyAst.Assign(at, at, List.of(result), item);
            PyAst.Expr better = new PyAst.Compare(at, at, item, List.of(fn.equals("max") ? CmpOpKind.GT : CmpOpKind.LT), List.of(result));
            innermost.add(new PyAst.Assign(at, at, List.of(item), elt));
            innermost.add(new PyAst.If(at, at, new PyAst.UnaryOp(at, at, PyAst.UnaryOpKind.NOT, seen), List.of(keep, setSeen),
                            List.of(new PyAst.If(at, at, better, List.of(keep), List.of()))));
        } else {
            innermost.add(SourceAsts.reduce(fn, elt, result));
            if (empties) {
                innermost.add(setSeen);
            }
        }
        List<PyAst.Comprehension> generators = ScopedNames.renameGenerators(g.generators(), names);
        PyAst.For loop = SourceAsts.comprehensionLoop(generators, 0, innermost, generators.get(0).iter());
        if (sum || extreme) {
            // A min or max starts from its first element: this value is never the result.
            accumulators.put(result.id(), at);
            assign(result.id(), floats ? new Val(PyUnboxed.FLOAT, constant(Double.doubleToRawLongBits(0.0))) : new Val(PyUnboxed.INT, constant(0)));
        } else {
            assign(result.id(), new Val(PyUnboxed.BOOL, constant(fn.equals("all") ? 1 : 0)));
        }
        if (empties) {
            assign(seen.id(), new Val(PyUnboxed.BOOL, constant(0)));
        }
        statement(loop);
        if (empties) {
            e.guarded("guard_true", EXIT_EMPTY, read(seen.id()).slot());
        }
        return read(result.id());
    }

    /** The names the loops of a comprehension bind, each to its own name in {@code scope} (apart from the function's). */
    private static Map<String, String> scopedNames(String scope, List<PyAst.Comprehension> generators) {
        Map<String, String> names = new HashMap<>();
        for (PyAst.Comprehension c : generators) {
            Set<String> bound = new HashSet<>();
            targetNames(c.target(), bound);
            for (String b : bound) {
                names.put(b, scope + b);
            }
        }
        return names;
    }

    /** The generator function a call {@code x} makes a generator of (a global's, not a local's), or null. */
    private Inline generatorCalled(Expr x) {
        if (inlined != null || !(x instanceof PyAst.Call c && c.func() instanceof PyAst.Name fn) || frameSlots.containsKey(fn.id()) || locals.containsKey(fn.id())) {
            return null;
        }
        return GeneratorFusion.generatorCalled(callees, x);
    }

    /** Whether {@code x} is a list a for loop of a region can go through: a local list, or an expression that makes one. */
    private boolean iteratesList(Expr x) {
        return x instanceof PyAst.Name n && holdsItems(n.id()) || x instanceof PyAst.ListComp || x instanceof PyAst.ListExpr ||
                        x instanceof PyAst.Subscript s && s.slice() instanceof PyAst.Slice;
    }

    /**
     * {@code max(a, b, ...)} or {@code min} of numbers of one kind, as the builtin picks: the first
     * argument, replaced by each later one that compares greater (less), so that of equal values
     * (0.0 and -0.0 too) the first wins and a NaN never replaces nor is replaced.
     */
    private Val minMax(boolean max, List<Expr> args) throws Unsupported {
        List<Val> values = new ArrayList<>();
        for (Expr a : args) {
            if (a instanceof PyAst.Starred) {
                throw new Unsupported("starred argument");
            }
            Val v = expr(a);
            if (!values.isEmpty() && v.kind() != values.get(0).kind()) {
                throw new Unsupported((max ? "max" : "min") + " of mixed types");
            }
            values.add(v);
        }
        usesBuiltin(max ? "max" : "min");
        int result = temp();
        e.op("move", result, values.get(0).slot());
        boolean floats = values.get(0).kind() == PyUnboxed.FLOAT;
        for (Val v : values.subList(1, values.size())) {
            Label keep = e.newLabel();
            if (floats) {
                e.branch(max ? "branch_float_not_gt" : "branch_float_not_lt", keep, v.slot(), result);
            } else {
                e.branch(max ? "branch_int_le" : "branch_int_ge", keep, v.slot(), result);
            }
            e.op("move", result, v.slot());
            e.bind(keep);
        }
        return new Val(values.get(0).kind(), result);
    }

    /** Records a builtin the region calls, which must not be shadowed (a body lowered in place came with its own guard). */
    private void usesBuiltin(String name) {
        if (inlined == null) {
            builtinsUsed.add(name);
        }
    }

    /** Jumps to {@code target} when the test is false. */
    private void jumpIfFalse(Expr test, Label target) throws Unsupported {
        jumpIf(test, false, target);
    }

    /**
     * Jumps to {@code target} when the test's truth is {@code when}, branching on each comparison
     * instead of computing the truth of {@code and}, {@code or} and {@code not} into a slot. A
     * comparison of ints is one compare-and-branch; one of floats too, on the inverse condition
     * only through the {@code branch_float_not_*} stencils (the inverse comparison is wrong with NaN).
     */
    private void jumpIf(Expr test, boolean when, Label target) throws Unsupported {
        if (test instanceof PyAst.UnaryOp u && u.op() == PyAst.UnaryOpKind.NOT) {
            jumpIf(u.operand(), !when, target);
            return;
        }
        if (test instanceof PyAst.BoolOp b) {
            Set<String> before = new HashSet<>(assigned);
            List<Expr> values = b.values();
            if (b.isAnd() != when) {
                // A false operand of `and` (a true one of `or`) decides: each may jump.
                for (Expr v : values) {
                    jumpIf(v, when, target);
                }
            } else {
                Label decided = e.newLabel();
                for (Expr v : values.subList(0, values.size() - 1)) {
                    jumpIf(v, !when, decided);
                }
                jumpIf(values.getLast(), when, target);
                e.bind(decided);
            }
            assigned = before;
            return;
        }
        if (test instanceof PyAst.Compare c && isNoneTest(c)) {
            NoneTest none = noneTest(c.left());
            boolean jumpWhenNone = when == (c.ops().get(0) == CmpOpKind.IS);
            if (none.slot() >= 0) {
                e.branch(jumpWhenNone == none.zeroIsNone() ? "branch_int_eq_imm" : "branch_int_ne_imm", target, none.slot(), 0);
            } else if (!jumpWhenNone) {
                e.branch("jump", target);
            }
            return;
        }
        if (test instanceof PyAst.Compare c && isCharacterComparison(c)) {
            Val a = character(c.left());
            Val b = character(c.comparators().get(0));
            e.branch("branch_int_" + (when == (c.ops().get(0) == CmpOpKind.EQ) ? "eq" : "ne"), target, a.slot(), b.slot());
            return;
        }
        if (test instanceof PyAst.Compare c && c.ops().size() == 1) {
            CmpOpKind op = c.ops().get(0);
            String name = comparisonName(op);
            if (name != null) {
                Val a = numeric(c.left());
                if (a.kind() != PyUnboxed.FLOAT && !a.isBig() && c.comparators().get(0) instanceof PyAst.IntLit lit && lit.value() instanceof Long k) {
                    e.branch("branch_int_" + (when ? name : inverse(name)) + "_imm", target, a.slot(), k);
                    return;
                }
                Val b = numeric(c.comparators().get(0));
                int order = bigOrder(a, b);
                if (order >= 0) {
                    e.branch("branch_int_" + (when ? name : inverse(name)) + "_imm", target, order, 0);
                } else if (a.kind() != PyUnboxed.FLOAT && b.kind() != PyUnboxed.FLOAT) {
                    e.branch("branch_int_" + (when ? name : inverse(name)), target, a.slot(), b.slot());
                } else if (op != CmpOpKind.EQ && op != CmpOpKind.NE) {
                    e.branch((when ? "branch_float_" : "branch_float_not_") + name, target, exactFloat(a).slot(), exactFloat(b).slot());
                } else {
                    int result = temp();
                    compareInto(result, op, a, b);
                    e.branch(when ? "branch_if_true" : "branch_if_false", target, result);
                }
                return;
            }
        }
        e.branch(when ? "branch_if_true" : "branch_if_false", target, truth(numeric(test)).slot());
    }

    /** The stencil suffix of an ordering or equality comparison, or null (is, in). */
    private static String comparisonName(CmpOpKind op) {
        return switch (op) {
            case EQ -> "eq";
            case NE -> "ne";
            case LT -> "lt";
            case LE -> "le";
            case GT -> "gt";
            case GE -> "ge";
            default -> null;
        };
    }

    private static String inverse(String comparison) {
        return switch (comparison) {
            case "eq" -> "ne";
            case "ne" -> "eq";
            case "lt" -> "ge";
            case "le" -> "gt";
            case "gt" -> "le";
            default -> "lt";
        };
    }

    private Val truth(Val v) throws Unsupported {
        if (v.kind() == PyUnboxed.BOOL) {
            return v;
        }
        if (v.isBig()) {
            v = new Val(PyUnboxed.INT, bigCompare(v, new Val(PyUnboxed.INT, constant(0))));
        }
        int t = temp();
        e.op(v.kind() == PyUnboxed.INT ? "int_truthy" : "float_truthy", t, v.slot());
        return new Val(PyUnboxed.BOOL, t);
    }

    private Val asFloat(Val v) {
        if (v.kind() == PyUnboxed.FLOAT) {
            return v;
        }
        int t = scratchTemp();
        e.op("int_to_float", t, v.slot());
        return new Val(PyUnboxed.FLOAT, t);
    }

    /** {@code a op right}: an int literal on the right becomes an immediate where a stencil takes one. */
    private Val binary(BinOpKind op, Val a, Expr right) throws Unsupported {
        if (right instanceof PyAst.IntLit lit && lit.value() instanceof Long k && a.kind() != PyUnboxed.FLOAT && !a.isBig()) {
            if (op == BinOpKind.ADD || op == BinOpKind.SUB && k != Long.MIN_VALUE) {
                int t = scratchTemp();
                e.guarded("int_add_imm", EXIT_OVERFLOW, t, a.slot(), op == BinOpKind.ADD ? k : -k);
                return new Val(PyUnboxed.INT, t);
            }
            if ((op == BinOpKind.FLOORDIV || op == BinOpKind.MOD) && k > 1 && Long.bitCount(k) == 1) {
                // By 2**n, Python's floor division is an arithmetic shift by n and its modulo the low n bits.
                int t = scratchTemp();
                if (op == BinOpKind.MOD) {
                    e.op("int_and", t, a.slot(), constant(k - 1));
                } else {
                    e.op("int_rshift_imm", t, a.slot(), Long.numberOfTrailingZeros(k));
                }
                return new Val(PyUnboxed.INT, t);
            }
            if (op == BinOpKind.POW && k == 2) {
                // Squaring an int is one checked multiplication (for floats, libm's pow need not be x * x).
                int t = scratchTemp();
                e.guarded("int_mul", EXIT_OVERFLOW, t, a.slot(), a.slot());
                return new Val(PyUnboxed.INT, t);
            }
            if (op == BinOpKind.RSHIFT && k >= 0 && k < 64) {
                int t = scratchTemp();
                e.op("int_rshift_imm", t, a.slot(), k);
                return new Val(PyUnboxed.INT, t);
            }
        }
        return binary(op, a, numeric(right));
    }

    private Val binary(BinOpKind op, Val a, Val b) throws Unsupported {
        if (a.isBig() || b.isBig()) {
            return bigBinary(op, a, b);
        }
        boolean floats = a.kind() == PyUnboxed.FLOAT || b.kind() == PyUnboxed.FLOAT;
        int t = scratchTemp();
        switch (op) {
            case ADD, SUB, MUL -> {
                String name = op == BinOpKind.ADD ? "add" : op == BinOpKind.SUB ? "sub" : "mul";
                if (floats) {
                    Val x = asFloat(a);
                    Val y = asFloat(b);
                    e.op("float_" + name, t, x.slot(), y.slot());
                    return new Val(PyUnboxed.FLOAT, t);
                }
                e.guarded("int_" + name, EXIT_OVERFLOW, t, a.slot(), b.slot());
                return new Val(PyUnboxed.INT, t);
            }
            case DIV -> {
                if (floats) {
                    Val x = asFloat(a);
                    Val y = asFloat(b);
                    e.guarded("float_div", EXIT_DIVISOR, t, x.slot(), y.slot());
                } else {
                    e.guarded("int_truediv", EXIT_DIVISOR, t, a.slot(), b.slot());
                }
                return new Val(PyUnboxed.FLOAT, t);
            }
            case FLOORDIV, MOD -> {
                if (floats) {
                    Val x = asFloat(a);
                    Val y = asFloat(b);
                    e.guarded(op == BinOpKind.MOD ? "float_mod" : "float_floordiv", EXIT_DIVISOR, t, x.slot(), y.slot());
                    return new Val(PyUnboxed.FLOAT, t);
                }
                String name = op == BinOpKind.MOD ? "int_mod" : "int_floordiv";
                Long divisor = constantValue(b.slot());
                if (divisor != null && divisor > 1 && divisor <= Integer.MAX_VALUE) {
                    // A literal divisor above 1 (`% 17`): nothing can fail, and a multiplication divides.
                    int q = op == BinOpKind.MOD ? scratchTemp() : t;
                    e.op("int_floordiv_magic", q, a.slot(), MagicDivisor.shift(divisor), MagicDivisor.multiplier(divisor));
                    if (op == BinOpKind.MOD) {
                        e.op("int_sub_mul_imm32", t, a.slot(), divisor, q);
                    }
                } else if (divisor != null && divisor > 0) {
                    e.op(name + "_pos", t, a.slot(), b.slot());
                } else {
                    e.guarded(name, EXIT_DIVISOR, t, a.slot(), b.slot());
                }
                return new Val(PyUnboxed.INT, t);
            }
            case POW -> {
                if (floats) {
                    if (callees == null) {
                        throw new Unsupported("float ** outside a function");
                    }
                    Val x = asFloat(a);
                    Val y = asFloat(b);
                    e.guarded("call_f64_pow", EXIT_RANGE, t, x.slot(), y.slot(), callees.libmAddress("pow"));
                    return new Val(PyUnboxed.FLOAT, t);
                }
                // An int result: a negative exponent (a float result) side-exits.
                e.guarded("int_pow", EXIT_OVERFLOW, t, a.slot(), b.slot());
                return new Val(PyUnboxed.INT, t);
            }
            case LSHIFT, RSHIFT -> {
                if (floats) {
                    throw new Unsupported("float shift");
                }
                e.guarded(op == BinOpKind.LSHIFT ? "int_lshift" : "int_rshift", EXIT_RANGE, t, a.slot(), b.slot());
                return new Val(PyUnboxed.INT, t);
            }
            case BITAND, BITOR, BITXOR -> {
                if (floats) {
                    throw new Unsupported("float bit operation");
                }
                String name = op == BinOpKind.BITAND ? "int_and" : op == BinOpKind.BITOR ? "int_or" : "int_xor";
                e.op(name, t, a.slot(), b.slot());
                return new Val(a.kind() == PyUnboxed.BOOL && b.kind() == PyUnboxed.BOOL ? PyUnboxed.BOOL : PyUnboxed.INT, t);
            }
            default -> throw new Unsupported("operator " + op.symbol);
        }
    }

    /** Arithmetic of ints of any size (one of them a word), in bigint.c's records. */
    private Val bigBinary(BinOpKind op, Val a, Val b) throws Unsupported {
        String name = switch (op) {
            case ADD -> "big_add";
            case SUB -> "big_sub";
            case MUL -> "big_mul";
            case FLOORDIV -> "big_floordiv";
            case MOD -> "big_mod";
            default -> throw new Unsupported("operator " + op.symbol + " of a big int");
        };
        Val x = bigWord(a);
        Val y = bigWord(b);
        int t = temp();
        // A zero divisor; operands beyond schoolbook's reach (bigint.c); else a full arena.
        long exit = op == BinOpKind.FLOORDIV || op == BinOpKind.MOD ? EXIT_DIVISOR : op == BinOpKind.MUL ? EXIT_RANGE : EXIT_INDEX;
        e.guarded(name, exit, t, x.slot(), y.slot());
        return Val.big(t, true);
    }

    /**
     * When {@code a} or {@code b} is a big int's word, the slot of -1, 0 or 1 as {@code a} compares
     * with {@code b} ({@link #bigCompare}); else -1.
     */
    private int bigOrder(Val a, Val b) throws Unsupported {
        if (!a.isBig() && !b.isBig()) {
            return -1;
        }
        if (a.kind() == PyUnboxed.FLOAT || b.kind() == PyUnboxed.FLOAT) {
            throw new Unsupported("comparison of a big int with a float");
        }
        return bigCompare(a, b);
    }

    /** -1, 0 or 1 as int {@code a} compares with int {@code b}, one of them a word. */
    private int bigCompare(Val a, Val b) throws Unsupported {
        Val x = bigWord(a);
        Val y = bigWord(b);
        int t = temp();
        e.op("big_cmp", t, x.slot(), y.slot());
        return t;
    }

    private Val unary(PyAst.UnaryOpKind op, Val v) throws Unsupported {
        if (v.isBig() && op == PyAst.UnaryOpKind.NEG) {
            int t = temp();
            e.guarded("big_neg", EXIT_INDEX, t, v.slot());
            return Val.big(t, true);
        }
        if (v.isBig() && op == PyAst.UnaryOpKind.POS) {
            return v;
        }
        v = v.isBig() && op == PyAst.UnaryOpKind.NOT ? truth(v) : small(v);
        switch (op) {
            case POS -> {
                return new Val(v.kind() == PyUnboxed.BOOL ? PyUnboxed.INT : v.kind(), v.slot());
            }
            case NEG -> {
                if (v.kind() == PyUnboxed.FLOAT) {
                    int t = scratchTemp();
                    e.op("float_neg", t, v.slot());
                    return new Val(PyUnboxed.FLOAT, t);
                }
                int t = temp();
                e.guarded("int_neg", EXIT_OVERFLOW, t, v.slot());
                return new Val(PyUnboxed.INT, t);
            }
            case NOT -> {
                int t = temp();
                e.op(v.kind() == PyUnboxed.FLOAT ? "float_not" : "int_not", t, v.slot());
                return new Val(PyUnboxed.BOOL, t);
            }
            case INVERT -> {
                if (v.kind() == PyUnboxed.FLOAT) {
                    throw new Unsupported("~ of a float");
                }
                int t = temp();
                e.op("int_invert", t, v.slot());
                return new Val(PyUnboxed.INT, t);
            }
            default -> throw new Unsupported("unary " + op);
        }
    }

    /** {@code a and b}/{@code a or b} give one of their operands, so all must have one kind. */
    private Val boolOp(PyAst.BoolOp b) throws Unsupported {
        int result = temp();
        Label end = e.newLabel();
        PyUnboxed kind = null;
        Set<String> before = new HashSet<>(assigned);
        List<Expr> values = b.values();
        for (int i = 0; i < values.size(); i++) {
            Val v = expr(values.get(i));
            if (kind != null && kind != v.kind()) {
                throw new Unsupported("and/or of mixed types");
            }
            kind = v.kind();
            e.op("move", result, v.slot());
            if (i < values.size() - 1) {
                Val t = truth(v);
                e.branch(b.isAnd() ? "branch_if_false" : "branch_if_true", end, t.slot());
            }
        }
        assigned = before;
        e.bind(end);
        return new Val(kind, result);
    }

    private Val ifExp(PyAst.IfExp i) throws Unsupported {
        int result = temp();
        Label orelse = e.newLabel();
        Label end = e.newLabel();
        jumpIfFalse(i.test(), orelse);
        Val body = operand(i.body());
        // A tree's word when the first value is one (left if key < k else right), a big int's word
        // when the first value is one (d if d != 0 else 1), else a number.
        boolean tree = body.isTree();
        boolean big = body.isBig();
        body = tree || big ? body : small(number(body));
        e.op("move", result, body.slot());
        e.branch("jump", end);
        e.bind(orelse);
        Val other = tree ? treeWord(value(i.orelse())) : big ? bigWord(numeric(i.orelse())) : expr(i.orelse());
        e.op("move", result, other.slot());
        e.bind(end);
        if (tree) {
            return Val.tree(result);
        }
        if (big) {
            // Either may be a local's buffer: not a temporary.
            return Val.big(result, false);
        }
        if (body.kind() != other.kind()) {
            throw new Unsupported("conditional expression of mixed types");
        }
        return new Val(body.kind(), result);
    }

    private Val compare(PyAst.Compare c) throws Unsupported {
        if (isNoneTest(c)) {
            NoneTest none = noneTest(c.left());
            boolean is = c.ops().get(0) == CmpOpKind.IS;
            if (none.slot() < 0) {
                return new Val(PyUnboxed.BOOL, constant(is ? 0 : 1));
            }
            if (is && !none.zeroIsNone()) {
                // The flag itself.
                return new Val(PyUnboxed.BOOL, none.slot());
            }
            int t = temp();
            e.op(is == none.zeroIsNone() ? "int_eq" : "int_ne", t, none.slot(), constant(0));
            return new Val(PyUnboxed.BOOL, t);
        }
        if (c.ops().size() == 1 && (c.ops().get(0) == CmpOpKind.IN || c.ops().get(0) == CmpOpKind.NOT_IN) && isCharacter(c.left()) &&
                        c.comparators().get(0) instanceof PyAst.StrLit lit) {
            return characterIn(character(c.left()), lit.value(), c.ops().get(0) == CmpOpKind.NOT_IN);
        }
        if (c.ops().size() == 1 && (c.ops().get(0) == CmpOpKind.IN || c.ops().get(0) == CmpOpKind.NOT_IN)) {
            return contains(expr(c.left()), value(asDisplay(c.comparators().get(0))), c.ops().get(0) == CmpOpKind.NOT_IN);
        }
        int result = temp();
        if (isCharacterComparison(c)) {
            compareInto(result, c.ops().get(0), character(c.left()), character(c.comparators().get(0)));
            return new Val(PyUnboxed.BOOL, result);
        }
        Label end = e.newLabel();
        Val left = numeric(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            Val right = numeric(c.comparators().get(i));
            compareInto(result, c.ops().get(i), left, right);
            if (i < c.ops().size() - 1) {
                e.branch("branch_if_false", end, result);
            }
            left = right;
        }
        e.bind(end);
        return new Val(PyUnboxed.BOOL, result);
    }

    /**
     * {@code x in xs} ({@code not in} if {@code negate}) for a list of ints or floats: a scan of
     * its items, comparing by value as Python does (an int with floats exactly).
     */
    private Val contains(Val x, Val list, boolean negate) throws Unsupported {
        if (!list.isList() || list.kind() == PyUnboxed.BOOL || list.kind() == PyUnboxed.INT && x.kind() == PyUnboxed.FLOAT) {
            throw new Unsupported("in of something else than a list of ints or floats");
        }
        readsListItems();
        int found = temp();
        if (list.kind() == PyUnboxed.FLOAT) {
            e.guarded("list_contains_float", EXIT_RANGE, found, list.slot(), list.length(), exactFloat(x).slot());
        } else {
            e.op("list_contains", found, list.slot(), list.length(), x.slot());
        }
        if (!negate) {
            return new Val(PyUnboxed.BOOL, found);
        }
        int t = temp();
        e.op("int_not", t, found);
        return new Val(PyUnboxed.BOOL, t);
    }

    private void compareInto(int result, CmpOpKind op, Val a, Val b) throws Unsupported {
        String suffix = comparisonName(op);
        if (suffix == null) {
            throw new Unsupported("comparison " + op.symbol);
        }
        int order = bigOrder(a, b);
        if (order >= 0) {
            e.op("int_" + suffix, result, order, constant(0));
            return;
        }
        if (a.kind() != PyUnboxed.FLOAT && b.kind() != PyUnboxed.FLOAT) {
            e.op("int_" + suffix, result, a.slot(), b.slot());
            return;
        }
        // Python compares an int with a float exactly; converting is exact up to 2**53.
        e.op("float_" + suffix, result, exactFloat(a).slot(), exactFloat(b).slot());
    }

    private Val exactFloat(Val v) {
        if (v.kind() == PyUnboxed.FLOAT) {
            return v;
        }
        int t = temp();
        e.guarded("int_to_float_exact", EXIT_RANGE, t, v.slot());
        return new Val(PyUnboxed.FLOAT, t);
    }
}
