package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import org.pyjit.language.builtins.PyBuiltins;
import org.pyjit.language.nodes.controlflow.PyNextNode;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.parser.PyAst.CmpOpKind;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyOps;

/**
 * {@code sum(g)}, {@code any(g)}, {@code all(g)}, {@code min(g)}, {@code max(g)} and {@code next(g)}
 * of a generator, run here rather than inside the builtin: the generator's body is called through
 * the {@link PyNextNode}'s direct call, as a {@code for} loop over it would, so Graal can inline the
 * body, where the builtin resumed it through an uncached call per item. Same results and errors as
 * the builtins.
 */
public final class PyGeneratorConsumerNode extends Node {
    /** Which builtin this site runs. */
    private enum Kind {
        SUM("sum"),
        ANY("any"),
        ALL("all"),
        MIN("min"),
        MAX("max"),
        NEXT("next");

        final String builtin;

        Kind(String builtin) {
            this.builtin = builtin;
        }
    }

    /** The frame a consuming loop runs on: its one slot holds the loop's {@link State}. */
    private static final FrameDescriptor LOOP_FRAME = loopFrame();

    private final Kind kind;
    @Child private PyNextNode next;
    @Child private LoopNode loop;

    private PyGeneratorConsumerNode(Kind kind) {
        this.kind = kind;
        if (kind == Kind.NEXT) {
            this.next = new PyNextNode();
        } else {
            this.loop = Truffle.getRuntime().createLoopNode(new Consume(kind));
        }
    }

    private static FrameDescriptor loopFrame() {
        FrameDescriptor.Builder b = FrameDescriptor.newBuilder(1);
        b.addSlot(FrameSlotKind.Object, null, null);
        return b.build();
    }

    private static Kind kindOf(Object fn) {
        for (Kind k : Kind.values()) {
            if (fn == PyBuiltins.lookup(k.builtin)) {
                return k;
            }
        }
        return null;
    }

    /** Whether {@code fn} is one of these builtins. */
    public static boolean isConsumer(Object fn) {
        return kindOf(fn) != null;
    }

    /** Whether {@code name} is the name of one of these builtins. */
    public static boolean isConsumerName(String name) {
        for (Kind k : Kind.values()) {
            if (k.builtin.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The node for the builtin {@code fn}, or null when {@code fn} is not one of these. */
    public static PyGeneratorConsumerNode forBuiltin(PyBuiltinFunction fn) {
        Kind k = kindOf(fn);
        return k == null ? null : new PyGeneratorConsumerNode(k);
    }

    public Object execute(PyGenerator generator) {
        if (kind == Kind.NEXT) {
            return next(generator);
        }
        // A Truffle loop, so that Graal compiles a long consumption on its own (OSR) with the
        // generator's body inlined, as it does a for loop; a Java loop here ran in the interpreter
        // for as long as the one call of its function lasted.
        State state = new State(generator);
        VirtualFrame frame = Truffle.getRuntime().createVirtualFrame(EMPTY, LOOP_FRAME);
        frame.setObject(0, state);
        loop.execute(frame);
        return switch (kind) {
            case SUM -> state.acc == null ? (Object) state.total : state.acc;
            case MIN, MAX -> {
                if (state.acc == null) {
                    throw PyErrors.valueError(kind.builtin + "() arg is an empty sequence");
                }
                yield state.acc;
            }
            default -> state.decided ? kind == Kind.ANY : kind != Kind.ANY;
        };
    }

    private static final Object[] EMPTY = {};

    /** What a consuming loop has seen so far. */
    private static final class State {
        final PyGenerator generator;
        /** sum: the total while it is a long that never overflowed; then acc holds it. */
        long total;
        /** sum: the total once not a long; min and max: the best item so far. */
        Object acc;
        /** any and all: an item decided the result. */
        boolean decided;

        State(PyGenerator generator) {
            this.generator = generator;
        }
    }

    /** One item per iteration; the same results and errors as the builtins. */
    private static final class Consume extends Node implements RepeatingNode {
        private final Kind kind;
        @Child private PyNextNode next = new PyNextNode();

        Consume(Kind kind) {
            this.kind = kind;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            State s = (State) frame.getObject(0);
            Object v = next.execute(s.generator);
            if (v == null) {
                return false;
            }
            TruffleSafepoint.poll(this);
            switch (kind) {
                case SUM -> {
                    // Ints are summed unboxed until one overflows or another kind of item comes.
                    if (s.acc == null && v instanceof Long y) {
                        long r = s.total + y;
                        if (((s.total ^ r) & (y ^ r)) >= 0) {
                            s.total = r;
                            return true;
                        }
                    }
                    s.acc = PyOps.binaryOp(BinOpKind.ADD, s.acc == null ? (Object) s.total : s.acc, v);
                }
                case MIN, MAX -> {
                    if (s.acc == null || PyOps.better(kind == Kind.MIN ? CmpOpKind.LT : CmpOpKind.GT, v, s.acc)) {
                        s.acc = v;
                    }
                }
                default -> {
                    boolean truth = v instanceof Boolean b ? b : PyOps.isTrue(v);
                    if (truth == (kind == Kind.ANY)) {
                        s.decided = true;
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private Object next(PyGenerator generator) {
        boolean wasFinished = generator.isFinished();
        Object v = next.execute(generator);
        if (v == null) {
            // Only the call that finishes the generator carries its return value.
            throw PyErrors.stopIteration(wasFinished ? null : generator.getReturnValue());
        }
        return v;
    }
}
