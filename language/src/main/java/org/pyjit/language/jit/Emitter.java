package org.pyjit.language.jit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pyjit.stencils.Hole;
import org.pyjit.stencils.HoleTarget;
import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilPart;

/**
 * Builds one native region from micro-ops: the copy-and-patch step.
 *
 * <p>
 * A region is laid out in one buffer: first the hot code of every micro-op in order (the entry shim
 * first; a micro-op whose trailing jump to its successor was cut falls through into it), then the
 * cold parts (out-of-line paths) and one exit stub per distinct exit id, then read-only data.
 * {@link #layout} computes the size (pass 1); {@link #patch} copies every stencil into an image for
 * a given base address and fills its holes (pass 2). The caller maps memory of that size in
 * between, so absolute holes can hold final addresses.
 */
public final class Emitter {
    private static final String ENTRY = "entry";
    private static final String EXIT_STUB = "exit_with";
    private static final String CALL = "call_region";

    private final StencilLibrary library;
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<Instruction> exitStubs = new ArrayList<>();
    private final List<Label> pendingLabels = new ArrayList<>();
    private int codeSize;
    private int totalSize = -1;
    /** Told of every micro-op that may side-exit, as it is emitted; or null. */
    private Runnable sideExitListener;
    /** Slots declared {@link #scratch}. */
    private final BitSet scratch = new BitSet();

    private static final class Instruction {
        Stencil stencil;
        final long[] operands;
        final Label target;
        final long exitId;
        Instruction exitStub;
        /** The operand that holds this region's own entry address (a recursive call), or -1. */
        int selfOperand = -1;
        int codeOffset;
        int coldOffset;
        int dataOffset;

        Instruction(Stencil stencil, long[] operands, Label target, long exitId) {
            this.stencil = stencil;
            this.operands = operands;
            this.target = target;
            this.exitId = exitId;
        }

        int offset(StencilPart part) {
            return switch (part) {
                case CODE -> codeOffset;
                case COLD -> coldOffset;
                case DATA -> dataOffset;
            };
        }
    }

    public Emitter(StencilLibrary library) {
        this.library = library;
        Arrays.fill(cached, -1);
        Arrays.fill(cachedInts, -1);
        append(library.stencil(ENTRY), new long[0], null, 0);
    }

    /** From here on, {@code listener} runs whenever a micro-op that may side-exit is emitted. */
    public void onSideExit(Runnable listener) {
        this.sideExitListener = listener;
    }

    /**
     * Declares {@code slot} a scratch value: an intermediate result that only micro-ops read, through
     * their operands (never tier 1, a callee, or a stencil reaching slots by position). Where the
     * one micro-op reading it takes it from the accumulator, its producer need not store it
     * ({@link #layout}).
     */
    public void scratch(long slot) {
        scratch.set(Math.toIntExact(slot));
    }

    public Label newLabel() {
        return new Label();
    }

    /** Binds {@code label} to the next micro-op emitted. */
    public Emitter bind(Label label) {
        if (label.isBound() || pendingLabels.contains(label)) {
            throw new IllegalStateException("label bound twice");
        }
        pendingLabels.add(label);
        accumulated = -1;
        return this;
    }

    /** A micro-op without jump target or side exit. */
    public Emitter op(String stencil, long... operands) {
        return emit(stencil, null, 0, operands);
    }

    /** A micro-op that may branch to {@code target}. */
    public Emitter branch(String stencil, Label target, long... operands) {
        return emit(stencil, target, 0, operands);
    }

    /** A micro-op that may side-exit; the region then returns {@code exitId} (never 0: that is a normal return). */
    public Emitter guarded(String stencil, long exitId, long... operands) {
        if (exitId == 0) {
            throw new IllegalArgumentException("exit id 0 is reserved for a normal return");
        }
        return emit(stencil, null, exitId, operands);
    }

    /** Leaves the region with {@code code}. */
    public Emitter exit(long code) {
        return emit(EXIT_STUB, null, 0, code);
    }

    /**
     * A native call of another installed region ({@code call_region}): the callee's slots start at
     * slot {@code frameBase} of this frame; if it exits with a non-zero code, that code is stored in
     * slot {@code codeSlot} and this region leaves through exit {@code exitId}.
     */
    public Emitter call(NativeRegion callee, long exitId, long frameBase, long codeSlot) {
        return guarded(CALL, exitId, frameBase, callee.address(), codeSlot);
    }

    /** Like {@link #call} with this region itself as the callee: recursion that stays native. */
    public Emitter callSelf(long exitId, long frameBase, long codeSlot) {
        int at = instructions.size();
        guarded(CALL, exitId, frameBase, 0, codeSlot);
        // The call itself, not the register reloads that follow it.
        instructions.get(at).selfOperand = 1;
        return this;
    }

    /**
     * A native call that guards the Python recursion depth and the slot stack
     * ({@code call_region_guarded}); {@code callee} null calls this region itself.
     */
    public Emitter callGuarded(NativeRegion callee, long exitId, long frameBase, long codeSlot, long calleeFrameSlots) {
        int at = instructions.size();
        guarded("call_region_guarded", exitId, frameBase, callee == null ? 0 : callee.address(), codeSlot, calleeFrameSlots);
        if (callee == null) {
            instructions.get(at).selfOperand = 1;
        }
        return this;
    }

    /**
     * Makes the last micro-op write slot {@code to} instead of {@code from}, its destination
     * (operand 0), so that an assignment needs no move. Refused (false) when a label points
     * between them or the last micro-op is not a plain producer of {@code from}.
     */
    public boolean retargetLast(long from, long to) {
        if (totalSize >= 0 || !pendingLabels.isEmpty() || instructions.size() < 2) {
            return false;
        }
        Instruction last = instructions.get(instructions.size() - 1);
        String n = last.stencil.name();
        boolean producer = n.startsWith("int_") || n.startsWith("float_") || n.equals("move") || n.startsWith("load_const") || n.startsWith("call_f64");
        if (!producer || last.target != null || last.operands.length == 0 || last.operands[0] != from || isIntUpdate(n)) {
            return false;
        }
        last.operands[0] = to;
        // An update of a cached local (`t = t + x`) reads the local's register, and x from rax if the micro-op read it there.
        String slots = readingSlots(n);
        long fromRax = slots.equals(n) ? -1 : n.equals("int_sub_rax_rhs") ? last.operands[2] : last.operands[1];
        String update = updatingIntRegister(slots, last.operands);
        if (!update.equals(slots)) {
            update = updatingFromRax(update, last.operands, fromRax);
        } else {
            update = n;
        }
        if (!update.equals(n)) {
            // `j = j + i`: the sum goes to j's register too (labels refer to positions, so replacing is safe).
            last = new Instruction(library.stencil(update), last.operands, last.target, last.exitId);
            instructions.set(instructions.size() - 1, last);
        }
        inRax = last.stencil.leavesIntInRax() ? to : -1;
        if (accumulated == from || accumulated == to) {
            accumulated = -1;
            track(last);
        }
        if (caching()) {
            refreshRegisters(last);
        }
        return true;
    }

    /**
     * Puts micro-op {@code stencil} (one without jump or exit, that writes no slot a float register
     * or the accumulator holds) before the last one, so that a local's snapshot is taken before the
     * micro-op that {@link #retargetLast} made write it. Labels of the last micro-op then lead to
     * the inserted one: every path to that point runs it.
     */
    public void insertBeforeLast(String stencil, long... operands) {
        if (!canInsertBeforeLast()) {
            throw new IllegalStateException("nothing to insert before");
        }
        Stencil s = library.stencil(stencil);
        if (s.uses(HoleTarget.JUMP_TARGET) || s.uses(HoleTarget.EXIT)) {
            throw new IllegalArgumentException(stencil + " jumps or exits");
        }
        Instruction last = instructions.get(instructions.size() - 1);
        // The inserted micro-op may use rax, so the last one reads its operand from the slot again.
        last.stencil = library.stencil(readingSlots(last.stencil.name()));
        instructions.add(instructions.size() - 1, new Instruction(s, operands.clone(), null, 0));
    }

    /** Whether {@link #insertBeforeLast} may put a micro-op before the last one. */
    public boolean canInsertBeforeLast() {
        return totalSize < 0 && pendingLabels.isEmpty() && instructions.size() >= 2;
    }

    public Emitter emit(String name, Label target, long exitId, long... operands) {
        if (totalSize >= 0) {
            throw new IllegalStateException("region already laid out");
        }
        operands = operands.clone();
        name = FLOAT_BINARY.contains(name) ? readingFloatOperands(name, operands) : readingAccumulator(name, operands);
        name = readingRax(updatingIntRegister(comparingIntRegister(withImmediate32(name, operands), operands), operands), operands);
        Stencil stencil = library.stencil(name);
        for (Hole h : stencil.holes()) {
            if ((h.target().isOperand() || h.target().isSlot()) && h.operand() >= operands.length) {
                throw new IllegalArgumentException(name + " needs operand " + h.target().symbol());
            }
        }
        if (stencil.uses(HoleTarget.JUMP_TARGET) != (target != null)) {
            throw new IllegalArgumentException(name + (target == null ? " needs a jump target" : " does not jump"));
        }
        if (stencil.uses(HoleTarget.EXIT) != (exitId != 0)) {
            throw new IllegalArgumentException(name + (exitId == 0 ? " needs an exit id" : " has no side exit"));
        }
        if (exitId != 0 && sideExitListener != null) {
            sideExitListener.run();
        }
        append(stencil, operands, target, exitId);
        if (caching()) {
            refreshRegisters(instructions.get(instructions.size() - 1));
        }
        return this;
    }

    // ------------------------------------------------------------------ float registers

    private static final Set<String> FLOAT_BINARY = Set.of("float_add", "float_sub", "float_mul", "float_div");
    /** Micro-ops that write no float slot (besides branches and the register moves, {@code *_from_*}). */
    private static final Set<String> WRITES_NO_SLOT = Set.of(EXIT_STUB, "jump", "poll_interrupt", "count", "count_call", "undo_log_reset", "check_depth",
                    "guard_true");

    /** How many float registers the stencils pass along: r1..r7, xmm1..xmm7 (jit.h). */
    public static final int FLOAT_REGISTERS = 7;
    /** How many int registers the stencils pass along: i1..i4, rdx, rcx, r8, r9 (jit.h). */
    public static final int INT_REGISTERS = 4;

    /** The slot each float register caches while an innermost loop is emitted, or -1. */
    private final long[] cached = new long[FLOAT_REGISTERS];
    /** The same for the int registers. */
    private final long[] cachedInts = new long[INT_REGISTERS];
    /** Loops entered and not yet left; the depth of the loop whose locals the registers cache, or -1. */
    private int loopDepth;
    private int cacheDepth = -1;

    /**
     * At a loop's head, before its label is bound: when no loop around it caches locals, keeps
     * the float slots {@code floats} (at most {@link #FLOAT_REGISTERS}) in r1.. and the int slots
     * {@code ints} (at most {@link #INT_REGISTERS}) in i1.. as well, until the matching
     * {@link #leaveLoop}: loads them, then updates a register after every micro-op that writes its
     * slot, so that it equals its slot wherever the code goes. Float operations then read the
     * registers instead of the slots, and in-place int updates ({@code j += i}) read and write
     * theirs. A loop inside keeps the registers of the one around it: its own request is ignored,
     * so no register it would load could leave the outer loop's value stale.
     */
    public void enterLoop(List<Integer> floats, List<Integer> ints) {
        loopDepth++;
        if (cacheDepth >= 0 || floats.isEmpty() && ints.isEmpty()) {
            return;
        }
        cacheDepth = loopDepth;
        for (int k = 0; k < Math.min(floats.size(), cached.length); k++) {
            cached[k] = floats.get(k);
            reload(k);
        }
        for (int k = 0; k < Math.min(ints.size(), cachedInts.length); k++) {
            cachedInts[k] = ints.get(k);
            reloadInt(k);
        }
    }

    /** After a loop's back-edge: once the loop that cached them is left, no micro-op reads the registers. */
    public void leaveLoop() {
        if (loopDepth == cacheDepth) {
            Arrays.fill(cached, -1);
            Arrays.fill(cachedInts, -1);
            cacheDepth = -1;
        }
        loopDepth--;
    }

    private boolean caching() {
        return cacheDepth >= 0;
    }

    private int register(long slot) {
        for (int k = 0; k < cached.length; k++) {
            if (cached[k] == slot && slot >= 0) {
                return k;
            }
        }
        return -1;
    }

    private int intRegister(long slot) {
        for (int k = 0; k < cachedInts.length; k++) {
            if (cachedInts[k] == slot && slot >= 0) {
                return k;
            }
        }
        return -1;
    }

    /** Int operations with a variant that updates a cached local in place in its register ({@code int_add_i1}..). */
    private static final Set<String> INT_UPDATES = Set.of("int_add", "int_sub", "int_mul", "int_add_imm", "int_add_imm32", "int_add_wrap",
                    "int_add_imm_wrap", "int_add_imm_wrap32");

    /**
     * The register variant of int operation {@code name} when it updates a cached local in place
     * ({@code x = x op y}; a commutative one also {@code x = y op x}, whose operands it swaps), or
     * of {@code count} when the counter is cached, else {@code name}.
     */
    private String updatingIntRegister(String name, long[] operands) {
        boolean count = name.equals("count");
        if (!count && !INT_UPDATES.contains(name) || !caching()) {
            return name;
        }
        int k = intRegister(operands[0]);
        if (k < 0) {
            return name;
        } else if (count) {
            return "count_i" + (k + 1);
        }
        if (operands[1] != operands[0] && operands[2] == operands[0] && (name.equals("int_add") || name.equals("int_mul"))) {
            operands[2] = operands[1];
            operands[1] = operands[0];
        }
        return operands[1] == operands[0] ? name + "_i" + (k + 1) : name;
    }

    /**
     * Int compare-and-branch stencils, against a slot or a 32-bit literal: each has a variant
     * comparing int register iK and one comparing rax.
     */
    private static final Set<String> INT_BRANCHES = intBranches();

    private static Set<String> intBranches() {
        Set<String> branches = new HashSet<>();
        for (String cmp : List.of("lt", "le", "gt", "ge", "eq", "ne")) {
            branches.add("branch_int_" + cmp);
            branches.add("branch_int_" + cmp + "_imm32");
        }
        return Set.copyOf(branches);
    }

    /** The variant of int branch {@code name} that compares the register caching its left operand ({@code branch_int_gt_i2}), else {@code name}. */
    private String comparingIntRegister(String name, long[] operands) {
        if (!caching() || !INT_BRANCHES.contains(name)) {
            return name;
        }
        int k = intRegister(operands[0]);
        return k < 0 ? name : name + "_i" + (k + 1);
    }

    /** Whether {@code name} is a register variant of {@link #INT_UPDATES} or of {@code count}. */
    private static boolean isIntUpdate(String name) {
        int n = name.length();
        return (name.startsWith("int_") || name.startsWith("count_")) && n > 3 && name.charAt(n - 3) == '_' && name.charAt(n - 2) == 'i' && name.charAt(n - 1) >= '1'
                        && name.charAt(n - 1) <= '0' + INT_REGISTERS;
    }

    /**
     * The variant of float operation {@code name} that reads its operands from where they are: an
     * operand already in the accumulator stays there (it is the end of a chain; not at a jump
     * target, which may be reached from elsewhere); otherwise the left one goes there from its
     * register, if it has one. The variant then takes the right operand from its register
     * ({@code _acc_r1}..), its slot ({@code _acc}), or, when only the right one is in the
     * accumulator, the left one from its slot ({@code _acc_rhs}). Commutative operations swap their
     * operands in {@code operands} to make the left one the accumulator or a register.
     */
    private String readingFloatOperands(String name, long[] operands) {
        boolean commutative = name.equals("float_add") || name.equals("float_mul");
        long acc = accumulated;
        if (commutative && operands[1] != acc && (operands[2] == acc || register(operands[1]) < 0 && register(operands[2]) >= 0)) {
            long t = operands[1];
            operands[1] = operands[2];
            operands[2] = t;
        }
        int left = register(operands[1]);
        int right = register(operands[2]);
        if (operands[1] != acc && operands[2] != acc) {
            if (left >= 0) {
                acc = fromRegister(left);
            } else if (!commutative && right >= 0) {
                acc = fromRegister(right);
            }
        }
        if (operands[1] == acc) {
            return right >= 0 ? name + "_acc_r" + (right + 1) : name + "_acc";
        }
        return !commutative && operands[2] == acc ? name + "_acc_rhs" : name;
    }

    /** Moves register {@code k} into the accumulator; the slot it now holds. */
    private long fromRegister(int k) {
        append(library.stencil("acc_from_r" + (k + 1)), new long[0], null, 0);
        return cached[k];
    }

    private void reload(int k) {
        append(library.stencil("r" + (k + 1) + "_from_slot"), new long[]{cached[k]}, null, 0);
    }

    private void reloadInt(int k) {
        append(library.stencil("i" + (k + 1) + "_from_slot"), new long[]{cachedInts[k]}, null, 0);
    }

    /** Keeps the registers equal to their slots after {@code i}. */
    private void refreshRegisters(Instruction i) {
        String name = i.stencil.name();
        if (name.startsWith("call_")) {
            // Calls forget the registers (jit.h).
            for (int k = 0; k < cached.length && cached[k] >= 0; k++) {
                reload(k);
            }
            for (int k = 0; k < cachedInts.length && cachedInts[k] >= 0; k++) {
                reloadInt(k);
            }
            return;
        }
        if (WRITES_NO_SLOT.contains(name) || name.startsWith("branch_") || name.contains("_from_") || copiesSnapshot(name)) {
            return;
        }
        boolean writesOperand0Only = name.startsWith("float_") || name.startsWith("int_") || name.equals("move") || name.startsWith("load_const")
                        || name.startsWith("list_load");
        boolean readsOperand0 = name.startsWith("list_store") || name.startsWith("list_append");
        for (int p = 0; p < i.operands.length; p++) {
            if (p == 0 && readsOperand0 || p > 0 && (writesOperand0Only || readsOperand0)) {
                continue;
            }
            int n = intRegister(i.operands[p]);
            if (n >= 0 && !(p == 0 && isIntUpdate(name))) {
                // Written some other way than by its in-place update.
                reloadInt(n);
            }
            int k = register(i.operands[p]);
            if (k < 0) {
                continue;
            }
            if (p == 0 && writesOperand0Only && accumulating(name)) {
                append(library.stencil("r" + (k + 1) + "_from_acc"), new long[0], null, 0);
            } else {
                // A micro-op that may write the slot in a way the accumulator does not show.
                reload(k);
            }
        }
    }

    /**
     * After the last micro-op, the slot whose value the accumulator also holds, or -1. A float
     * operation sets it; the accumulator then stays as it is until another one, a call of a region
     * (which empties it), or a micro-op that may write that slot (any other that names it); a
     * label bound here forgets it, since a jump may arrive with anything in the accumulator.
     */
    private long accumulated = -1;

    private void track(Instruction i) {
        String name = i.stencil.name();
        if (accumulating(name)) {
            accumulated = i.operands[0];
        } else if (name.startsWith("acc_from_r")) {
            accumulated = cached[name.charAt(name.length() - 1) - '1'];
        } else if (name.contains("_from_") || copiesSnapshot(name)) {
            return;
        } else if (name.startsWith("call_region")) {
            accumulated = -1;
        } else if (WRITE_OPERAND_0.contains(name) ? i.operands[0] == accumulated : !name.endsWith("_acc") && contains(i.operands, accumulated)) {
            accumulated = -1;
        }
    }

    /** Stencils that write slot operand 0 and no other slot (other stencils may write any slot they name). */
    private static final Set<String> WRITE_OPERAND_0 = Set.of("move", "load_const", "load_const32", "set_bound", "list_load", "list_load_at", "list_load_at_unchecked", "list_load_byte",
                    "list_load_u32");

    /** Stencils with an `_imm32` variant, and the operand that variant takes as a 32-bit immediate. */
    private static final Map<String, Integer> IMMEDIATE_32 = Map.ofEntries(Map.entry("load_const", 1),
                    Map.entry("int_add_imm", 2), Map.entry("int_add_imm_wrap", 2), Map.entry("branch_int_lt_imm", 1), Map.entry("branch_int_le_imm", 1),
                    Map.entry("branch_int_gt_imm", 1), Map.entry("branch_int_ge_imm", 1), Map.entry("branch_int_eq_imm", 1),
                    Map.entry("branch_int_ne_imm", 1));

    /** The variant of {@code name} that takes its constant as a sign-extended 32-bit immediate (no movabs), when it fits. */
    private static String withImmediate32(String name, long[] operands) {
        Integer operand = IMMEDIATE_32.get(name);
        if (operand == null || operands.length <= operand || operands[operand] != (int) operands[operand]) {
            return name;
        }
        return name.equals("load_const") ? "load_const32" : name + "32";
    }

    /** copy_local_K writes a snapshot slot and the copy mask, which no register or accumulator holds. */
    private static boolean copiesSnapshot(String name) {
        return name.startsWith("copy_local_");
    }

    private static boolean contains(long[] operands, long slot) {
        for (long o : operands) {
            if (o == slot) {
                return true;
            }
        }
        return false;
    }

    /** Stencils that leave their float result in the accumulator (xmm0, see jit.h) as well as in slot operand 0. */
    private static final Set<String> ACCUMULATING = Set.of("float_add", "float_sub", "float_mul", "float_div", "int_to_float", "int_to_float_exact",
                    "int_truediv", "call_f64_f64", "call_f64_f64_checked", "call_f64_f64_f64", "list_load_float", "list_load_at_float",
                    "list_load_at_float_unchecked",
                    "float_add_acc", "float_sub_acc", "float_mul_acc", "float_div_acc", "float_sub_acc_rhs", "float_div_acc_rhs",
                    "call_f64_f64_acc", "call_f64_f64_checked_acc", "float_sqrt", "float_sqrt_acc", "call_f64_pow", "call_f64_pow_acc", "float_mod",
                    "float_floordiv", "int_to_float_rax", "int_to_float_exact_rax");

    private static boolean accumulating(String name) {
        // The register forms of float operations: float_add_acc_r1, ...
        return ACCUMULATING.contains(name) || name.startsWith("float_") && name.contains("_acc_r");
    }

    /**
     * The variant of stencil {@code name} that takes the operand the previous micro-op just computed
     * from the accumulator instead of its slot (the slot still holds it too); {@code name} itself when
     * there is none, or when this micro-op is a jump target and may be reached from elsewhere.
     * (Float operations: {@link #readingFloatOperands}.)
     */
    private String readingAccumulator(String name, long[] operands) {
        if (accumulated < 0) {
            return name;
        }
        long result = accumulated;
        switch (name) {
            case "call_f64_f64", "call_f64_f64_checked", "float_sqrt", "call_f64_pow" -> {
                return operands[1] == result ? name + "_acc" : name;
            }
            case "list_store", "list_store_once", "list_store_at", "list_store_at_unchecked", "list_store_unlogged", "list_store_at_unlogged",
                            "list_store_at_unchecked_unlogged", "list_append", "branch_float_lt", "branch_float_le", "branch_float_gt", "branch_float_ge", "branch_float_not_lt",
                            "branch_float_not_le", "branch_float_not_gt", "branch_float_not_ge" -> {
                return operands[0] == result ? name + "_acc" : name;
            }
            default -> {
                return name;
            }
        }
    }

    private void append(Stencil stencil, long[] operands, Label target, long exitId) {
        boolean jumpTarget = !pendingLabels.isEmpty();
        for (Label l : pendingLabels) {
            l.instruction = instructions.size();
        }
        pendingLabels.clear();
        Instruction i = new Instruction(stencil, operands, target, exitId);
        instructions.add(i);
        track(i);
        if (stencil.leavesIntInRax()) {
            inRax = operands[0];
        } else if (jumpTarget || !stencil.keepsRax() || operands[0] == inRax) {
            inRax = -1;
        }
    }

    // ------------------------------------------------------------------ ints handed over in rax

    /** The slot whose value rax also holds after the last micro-op (jit.h's RAX_IN), or -1. */
    private long inRax = -1;

    /**
     * Int operations and branches with a {@code _rax} variant, and the operand it takes from rax: the
     * left one (a branch's operand 0, an operation's 1), or {@code int_sub_mul_imm32}'s quotient.
     */
    private static final Map<String, Integer> RAX_READERS = raxReaders();

    private static Map<String, Integer> raxReaders() {
        Map<String, Integer> readers = new HashMap<>();
        for (String op : List.of("int_add", "int_sub", "int_mul", "int_add_imm", "int_add_imm32", "int_floordiv_pos", "int_mod_pos", "int_floordiv_magic", "int_and",
                        "int_or", "int_xor", "int_rshift_imm", "int_to_float", "int_to_float_exact")) {
            readers.put(op, 1);
        }
        for (String branch : INT_BRANCHES) {
            readers.put(branch, 0);
        }
        readers.put("branch_if_true", 0);
        readers.put("branch_if_false", 0);
        readers.put("int_sub_mul_imm32", 3);
        return Map.copyOf(readers);
    }

    /** Those of them whose operands are two slots and may trade places. */
    private static final Set<String> COMMUTATIVE_INTS = Set.of("int_add", "int_mul", "int_and", "int_or", "int_xor");

    /**
     * The variant of int micro-op {@code name} that takes the value the micro-op just before it
     * left in rax instead of reading its slot: its operand that RAX_READERS names ({@code _rax}; a commutative one
     * swaps its operands for it, a difference has {@code int_sub_rax_rhs} for its right one);
     * {@code name} itself when rax holds none of them, or at a jump target, which may be reached
     * from elsewhere.
     */
    private String readingRax(String name, long[] operands) {
        if (inRax < 0 || !pendingLabels.isEmpty()) {
            return name;
        } else if (isIntUpdate(name)) {
            return updatingFromRax(name, operands, inRax);
        }
        Integer read = RAX_READERS.get(name);
        if (read == null) {
            return name;
        } else if (operands[read] == inRax) {
            return name + "_rax";
        } else if (operands.length > 2 && operands[2] == inRax && COMMUTATIVE_INTS.contains(name)) {
            operands[2] = operands[1];
            operands[1] = inRax;
            return name + "_rax";
        } else if (operands.length > 2 && operands[2] == inRax && name.equals("int_sub")) {
            return "int_sub_rax_rhs";
        }
        return name;
    }

    /**
     * The variant of in-place update {@code update} ({@code int_add_i2}) that takes its right
     * operand from rax ({@code int_add_rax_i2}) when that is {@code raxSlot}, else {@code update}.
     */
    private static String updatingFromRax(String update, long[] operands, long raxSlot) {
        String op = update.substring(0, update.length() - 3);
        if (!RAX_UPDATES.contains(op) || operands.length < 3 || operands[2] != raxSlot || operands[1] == raxSlot) {
            return update;
        }
        return op + "_rax" + update.substring(op.length());
    }

    /** In-place updates of a cached int with a variant whose right operand comes from rax. */
    private static final Set<String> RAX_UPDATES = Set.of("int_add", "int_sub", "int_mul");

    /** {@code name} without its {@code _rax} reading: the variant that reads every operand from its slot (or register). */
    private static String readingSlots(String name) {
        if (name.equals("int_sub_rax_rhs")) {
            return "int_sub";
        } else if (name.endsWith("_rax")) {
            return name.substring(0, name.length() - 4);
        }
        int at = name.lastIndexOf("_rax_i");
        return at > 0 && isIntUpdate(name) ? name.substring(0, at) + name.substring(at + 4) : name;
    }

    public int instructionCount() {
        return instructions.size() - 1;
    }

    /** Pass 1: places every part and returns the buffer size in bytes. */
    public int layout() {
        if (totalSize >= 0) {
            return totalSize;
        }
        if (!pendingLabels.isEmpty()) {
            throw new IllegalStateException("a label is bound after the last micro-op");
        }
        Instruction last = instructions.get(instructions.size() - 1);
        if (last.stencil.fallsThrough() || last.stencil.uses(HoleTarget.CONTINUE)) {
            throw new IllegalStateException("a region must end in an exit or a jump, not " + last.stencil.name());
        }
        dropUnreadResultStores();
        int at = 0;
        for (Instruction i : instructions) {
            if (i.target != null && !i.target.isBound()) {
                throw new IllegalStateException(i.stencil.name() + " jumps to an unbound label");
            }
            i.codeOffset = at;
            at += i.stencil.code().length;
        }
        codeSize = at;
        Stencil stub = library.stencil(EXIT_STUB);
        for (Instruction i : instructions) {
            if (i.stencil.cold().length > 0) {
                i.coldOffset = at;
                at += i.stencil.cold().length;
            }
            if (i.exitId != 0) {
                i.exitStub = exitStub(stub, i.exitId);
            }
        }
        for (Instruction s : exitStubs) {
            s.codeOffset = at;
            at += stub.code().length;
        }
        for (Instruction i : instructions) {
            byte[] data = i.stencil.data();
            if (data.length > 0) {
                int align = i.stencil.dataAlignment();
                at = (at + align - 1) / align * align;
                i.dataOffset = at;
                at += data.length;
            }
        }
        totalSize = at;
        return at;
    }

    /**
     * Gives each micro-op that writes a scratch slot no other micro-op names the variant without
     * its result store, where its stencil has one: the value lives on in the accumulator only,
     * where its one reader took it from. Operands count as names whatever they stand for, slots or
     * immediates, so an immediate equal to the slot keeps the store too.
     */
    private void dropUnreadResultStores() {
        if (scratch.isEmpty()) {
            return;
        }
        int last = scratch.length() - 1;
        // How often each slot up to the last scratch one is named; larger operands name no scratch slot.
        int[] names = new int[last + 1];
        for (Instruction i : instructions) {
            for (Hole h : i.stencil.holes()) {
                if (h.target().isSlot() || h.target().isOperand()) {
                    long operand = i.operands[h.operand()];
                    if (operand >= 0 && operand <= last) {
                        names[(int) operand]++;
                    }
                }
            }
        }
        for (Instruction i : instructions) {
            long slot = i.operands.length > 0 ? i.operands[0] : -1;
            if (slot >= 0 && slot <= last && scratch.get((int) slot) && names[(int) slot] == 1) {
                Stencil twin = library.withoutResultStore(i.stencil);
                if (twin != null) {
                    i.stencil = twin;
                }
            }
        }
    }

    private Instruction exitStub(Stencil stub, long exitId) {
        for (Instruction s : exitStubs) {
            if (s.operands[0] == exitId) {
                return s;
            }
        }
        Instruction s = new Instruction(stub, new long[]{exitId}, null, 0);
        exitStubs.add(s);
        return s;
    }

    /** Bytes of hot code (the micro-ops, without cold paths, exit stubs and data). */
    public int codeSize() {
        layout();
        return codeSize;
    }

    /**
     * A listing of the region as patched at {@code base}: per micro-op its offset, stencil, operands
     * and hot-code bytes (for JITDump).
     */
    public List<String> listing(long base, byte[] image) {
        layout();
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < instructions.size(); n++) {
            Instruction i = instructions.get(n);
            StringBuilder b = new StringBuilder();
            b.append(String.format("  %5d  %-20s", i.codeOffset, i.stencil.name()));
            StringBuilder ops = new StringBuilder();
            for (int k = 0; k < i.operands.length; k++) {
                ops.append(k == 0 ? "" : ",").append(k == i.selfOperand ? "self" : Long.toString(i.operands[k]));
            }
            if (i.target != null) {
                ops.append(ops.isEmpty() ? "" : ",").append("->").append(instructions.get(i.target.instruction).codeOffset);
            }
            if (i.exitId != 0) {
                ops.append(ops.isEmpty() ? "" : ",").append("exit ").append(i.exitId);
            }
            b.append(String.format(" %-28s %3d B ", ops, i.stencil.code().length));
            for (int k = 0; k < i.stencil.code().length; k++) {
                b.append(String.format("%02x", image[i.codeOffset + k] & 0xff));
            }
            lines.add(b.toString());
        }
        lines.add(String.format("  %5d  cold paths, %d exit stubs, data; %d bytes in all", codeSize, exitStubs.size(), totalSize));
        return lines;
    }

    /** Pass 2: the image of the region as it must appear at address {@code base}. */
    public byte[] patch(long base) {
        byte[] image = new byte[layout()];
        for (int n = 0; n < instructions.size(); n++) {
            Instruction i = instructions.get(n);
            long next = n + 1 < instructions.size() ? base + instructions.get(n + 1).codeOffset : -1;
            place(image, base, i, next);
        }
        for (Instruction s : exitStubs) {
            place(image, base, s, -1);
        }
        return image;
    }

    private void place(byte[] image, long base, Instruction i, long next) {
        Stencil s = i.stencil;
        System.arraycopy(s.code(), 0, image, i.codeOffset, s.code().length);
        if (s.cold().length > 0) {
            System.arraycopy(s.cold(), 0, image, i.coldOffset, s.cold().length);
        }
        if (s.data().length > 0) {
            System.arraycopy(s.data(), 0, image, i.dataOffset, s.data().length);
        }
        for (Hole h : s.holes()) {
            long value = switch (h.target()) {
                case OPERAND0, OPERAND1, OPERAND2, OPERAND3 -> {
                    int n = h.operand();
                    // The entry shim is at offset 0.
                    yield n == i.selfOperand ? base : i.operands[n];
                }
                case SLOT0, SLOT1, SLOT2, SLOT3 -> 8 * i.operands[h.operand()];
                case CONTINUE -> next;
                case JUMP_TARGET -> base + instructions.get(i.target.instruction).codeOffset;
                case EXIT -> base + i.exitStub.codeOffset;
                case CODE -> base + i.codeOffset;
                case COLD -> base + i.coldOffset;
                case DATA -> base + i.dataOffset;
            };
            int at = i.offset(h.part()) + h.offset();
            long field = base + at;
            switch (h.kind()) {
                case ABS64 -> putLong(image, at, value + h.addend());
                case ABS32 -> {
                    // A slot's byte offset (both the sign- and the zero-extending forms read it
                    // right), or an operand's sign-extended immediate (withImmediate32 checked it fits).
                    long v = value + h.addend();
                    boolean fits = h.target().isSlot() ? v >= 0 && v <= Integer.MAX_VALUE : v == (int) v;
                    if (!fits) {
                        throw new IllegalStateException((h.target().isSlot() ? "slot offset" : "32-bit operand") + " out of range in " + s.name());
                    }
                    putInt(image, at, (int) v);
                }
                case ABS8 -> {
                    long v = value + h.addend();
                    if (v < 0 || v > 63) {
                        throw new IllegalStateException("shift count " + v + " out of range in " + s.name());
                    }
                    image[at] = (byte) v;
                }
                case REL32 -> {
                    long displacement = value + h.addend() - field;
                    if (displacement != (int) displacement) {
                        throw new IllegalStateException("rel32 out of range in " + s.name());
                    }
                    putInt(image, at, (int) displacement);
                }
            }
        }
    }

    private static void putLong(byte[] b, int at, long v) {
        putInt(b, at, (int) v);
        putInt(b, at + 4, (int) (v >>> 32));
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }
}
