package org.pyjit.language.jit;

import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * A function compiled whole for one combination of argument types. Called from tier 1 it runs the
 * whole call natively (calls between compiled functions stay native) and gives the result; when
 * any guard fails it gives null and tier 1 runs the call from its start: the region has no effect
 * outside its slots but list stores, which are undone, so nothing was done twice. Lists it gets
 * are pinned; a list it returns (always one it made) becomes a new list.
 */
public final class FunctionRegion extends CompiledRegion {
    final List<ValueType> paramTypes;
    final int paramSlots;
    final ValueType returnType;
    /** Where the items of a returned tuple are, in the region's frame (null for other return types). */
    final int[] returnSlots;
    final int frameSlots;
    /** It (or a function it calls) stores into lists or makes new ones. */
    final boolean usesLists;
    /** Global variables (cells) whose values the native calls assumed. */
    final Map<Object, Object> globals;
    /** It has loops or calls: worth entering from tier 1 (a leaf is only called natively). */
    final boolean busy;
    /** Whether a parameter is a tuple tree, which each call copies into the arena of temporaries ({@link NativeTrees}). */
    private final boolean treeParams;
    /** Words of tree arguments copied in so far. */
    private long treeWordsIn;

    FunctionRegion(String name, NativeRegion code, int stencils, long compileNanos, List<ValueType> paramTypes, int paramSlots, ValueType returnType,
                    int[] returnSlots, int frameSlots, boolean usesLists, Map<Object, Object> globals, boolean busy) {
        super(name, code, stencils, compileNanos);
        this.paramTypes = paramTypes;
        this.paramSlots = paramSlots;
        this.returnType = returnType;
        this.returnSlots = returnSlots;
        this.frameSlots = frameSlots;
        this.usesLists = usesLists;
        this.globals = globals;
        this.busy = busy;
        this.treeParams = paramTypes.stream().anyMatch(ValueType::tree);
    }

    @Override
    String workName() {
        return "native calls";
    }

    /**
     * Runs the call with {@code args[1..]} as arguments; {@code depthBudget} more Python frames are
     * allowed. Null means: run it in tier 1.
     */
    @TruffleBoundary
    public Object call(PyJit jit, Node location, Object[] args, int depthBudget) {
        if (givenUp || args.length != paramTypes.size() + 1 || !jit.acquire()) {
            return null;
        }
        try {
            if (!FunctionJit.holds(globals)) {
                becomeStale();
                jit.functions().forget(this);
                return null;
            }
            if (!loadArguments(jit, args, null)) {
                refusals++;
                checkGiveUp();
                return null;
            }
            NativeTrees trees = treeParams || returnType.tree() ? new NativeTrees(jit, returnType.tree()) : null;
            entries++;
            jit.setCallLimits(depthBudget);
            long exit = callInterruptibly(jit, location, args, trees);
            if (exit == ARGUMENTS_REFUSED) {
                entries--;
                refusals++;
                checkGiveUp();
                return null;
            }
            nativeWork += jit.takeNativeCalls();
            if (treeParams) {
                // Copying the trees in costs more than the calls do natively (an insert into a search
                // tree walks one path of the tree it copies whole): tier 1 runs the calls it makes
                // itself from now on (a given-up region stays a native callee).
                treeWordsIn += trees.wordsIn();
                givenUp |= entries >= 8 && treeWordsIn > 8 * (nativeWork + entries);
            }
            exits[(int) exit]++;
            if (exit != LoopCompiler.EXIT_DONE) {
                if (usesLists) {
                    // A call that filled the arena of temporaries (a loop building a tree or a list
                    // of its own) fills it again: tier 1 runs it from now on, no call redone twice.
                    givenUp |= jit.temporariesNearlyFull();
                    jit.undoListStores();
                }
                checkGiveUp();
                return null;
            }
            if (returnType == ValueType.NONE) {
                return PyNone.NONE;
            }
            if (returnSlots != null) {
                Object[] items = new Object[returnSlots.length];
                for (int k = 0; k < items.length; k++) {
                    items[k] = returnType.items().get(k).box(jit.getLong(returnSlots[k]));
                }
                return new PyTuple(items);
            }
            long result = jit.getLong(paramSlots);
            if (returnType.tree()) {
                return trees.copyOut(result);
            }
            if (returnType.list()) {
                return PyJit.temporaryList(result, jit.getLong(paramSlots + 1), returnType.kind());
            }
            return returnType.kind().box(result);
        } finally {
            unpinSmallLists();
            jit.releaseStack();
        }
    }

    /** What a call gives when a tuple tree argument holds something else deeper down, or does not fit the arena. */
    private static final long ARGUMENTS_REFUSED = -1;

    /**
     * Puts the arguments into the parameters' slots; false when one does not have its parameter's
     * type. Tuple trees are copied in through {@code trees}; without it they are only checked.
     */
    private boolean loadArguments(PyJit jit, Object[] args, NativeTrees trees) {
        int at = 0;
        for (int i = 0; i < paramTypes.size(); i++) {
            Object v = args[i + 1];
            ValueType type = paramTypes.get(i);
            if (type.tree()) {
                long record = trees == null ? NativeTrees.isTree(v) ? 0 : -1 : trees.copyIn(v);
                if (record < 0) {
                    return false;
                }
                jit.putLong(at++, record);
            } else if (type.list()) {
                long items = v instanceof PyList list ? pinnedForEntry(list, list.pin(type.kind())) : 0;
                if (items == 0) {
                    return false;
                }
                jit.putLong(at++, items);
                jit.putLong(at++, ((PyList) v).size());
            } else if (PyUnboxed.of(v) == type.kind()) {
                jit.putLong(at++, type.kind().toBits(v));
            } else {
                return false;
            }
        }
        return true;
    }

    private long callInterruptibly(PyJit jit, Node location, Object[] args, NativeTrees trees) {
        jit.clearInterrupt();
        Long result = TruffleSafepoint.getCurrent().setBlockedFunction(location, jit.interrupter, (Object ignored) -> {
            if (usesLists || treeParams) {
                jit.resetUndoLog();
            }
            if (trees != null) {
                trees.clear();
            }
            if (!loadArguments(jit, args, trees)) {
                return ARGUMENTS_REFUSED;
            }
            long exit = code.call(jit.stackAddress(), jit.interruptAddress());
            if (exit == LoopCompiler.EXIT_INTERRUPT) {
                exits[(int) exit]++;
                if (usesLists) {
                    // Safepoint actions run next, then the call starts over: the lists must be as they were.
                    jit.undoListStores();
                }
                throw new InterruptedException();
            }
            return exit;
        }, null, null, null);
        return result;
    }
}
