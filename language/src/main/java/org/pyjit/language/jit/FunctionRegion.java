package org.pyjit.language.jit;

import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyUnboxed;

/**
 * A function compiled whole for one combination of argument kinds. Called from tier 1 it runs the
 * whole call natively (calls between compiled functions stay native) and gives the result; when
 * any guard fails it gives null and tier 1 runs the call from its start: the region has no effect
 * outside its slots, so nothing was done twice.
 */
public final class FunctionRegion extends CompiledRegion {
    final int paramCount;
    final List<PyUnboxed> paramKinds;
    final PyUnboxed returnKind;
    final int frameSlots;
    /** Global variables (cells) whose values the native calls assumed. */
    final Map<Object, Object> globals;
    /** It has loops or calls: worth entering from tier 1 (a leaf is only called natively). */
    final boolean busy;

    FunctionRegion(String name, NativeRegion code, int stencils, long compileNanos, List<PyUnboxed> paramKinds, PyUnboxed returnKind, int frameSlots,
                    Map<Object, Object> globals, boolean busy) {
        super(name, code, stencils, compileNanos);
        this.paramCount = paramKinds.size();
        this.paramKinds = paramKinds;
        this.returnKind = returnKind;
        this.frameSlots = frameSlots;
        this.globals = globals;
        this.busy = busy;
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
        if (givenUp || args.length != paramCount + 1 || !jit.acquire()) {
            return null;
        }
        try {
            if (!FunctionJit.holds(globals)) {
                givenUp = true;
                return null;
            }
            if (!loadArguments(jit, args)) {
                refusals++;
                checkGiveUp();
                return null;
            }
            entries++;
            jit.setCallLimits(depthBudget);
            long exit = callInterruptibly(jit, location, args);
            nativeWork += jit.takeNativeCalls();
            exits[(int) exit]++;
            if (exit != LoopCompiler.EXIT_DONE) {
                checkGiveUp();
                return null;
            }
            return returnKind.box(jit.getLong(paramCount));
        } finally {
            jit.releaseStack();
        }
    }

    private boolean loadArguments(PyJit jit, Object[] args) {
        for (int i = 0; i < paramCount; i++) {
            Object v = args[i + 1];
            PyUnboxed kind = paramKinds.get(i);
            if (PyUnboxed.of(v) != kind) {
                return false;
            }
            jit.putLong(i, kind.toBits(v));
        }
        return true;
    }

    private long callInterruptibly(PyJit jit, Node location, Object[] args) {
        jit.clearInterrupt();
        TruffleSafepoint.Interrupter interrupter = new TruffleSafepoint.Interrupter() {
            @Override
            public void interrupt(Thread thread) {
                jit.requestInterrupt();
            }

            @Override
            public void resetInterrupted() {
                jit.clearInterrupt();
            }
        };
        Long result = TruffleSafepoint.getCurrent().setBlockedFunction(location, interrupter, (Object ignored) -> {
            loadArguments(jit, args);
            long exit = code.call(jit.stackAddress(), jit.interruptAddress());
            if (exit == LoopCompiler.EXIT_INTERRUPT) {
                exits[(int) exit]++;
                throw new InterruptedException();
            }
            return exit;
        }, null, null, null);
        return result;
    }
}
