package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
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

    private final Kind kind;
    @Child private PyNextNode next = new PyNextNode();

    private PyGeneratorConsumerNode(Kind kind) {
        this.kind = kind;
    }

    /** The node for the builtin {@code fn}, or null when {@code fn} is not one of these. */
    public static PyGeneratorConsumerNode forBuiltin(PyBuiltinFunction fn) {
        for (Kind k : Kind.values()) {
            if (fn == PyBuiltins.lookup(k.builtin)) {
                return new PyGeneratorConsumerNode(k);
            }
        }
        return null;
    }

    public Object execute(PyGenerator generator) {
        return switch (kind) {
            case SUM -> sum(generator);
            case ANY -> anyAll(generator, true);
            case ALL -> anyAll(generator, false);
            case MIN -> minMax(generator, CmpOpKind.LT, "min");
            case MAX -> minMax(generator, CmpOpKind.GT, "max");
            case NEXT -> next(generator);
        };
    }

    private Object sum(PyGenerator generator) {
        // Ints are summed unboxed until one overflows or another kind of item comes.
        long total = 0;
        Object acc = null;
        int count = 0;
        Object v;
        while ((v = next.execute(generator)) != null) {
            count++;
            TruffleSafepoint.poll(this);
            if (acc == null && v instanceof Long y) {
                long r = total + y;
                if (((total ^ r) & (y ^ r)) >= 0) {
                    total = r;
                    continue;
                }
            }
            if (acc == null) {
                acc = total;
            }
            acc = PyOps.binaryOp(BinOpKind.ADD, acc, v);
        }
        LoopNode.reportLoopCount(this, count);
        return acc == null ? (Object) total : acc;
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

    private Object minMax(PyGenerator generator, CmpOpKind op, String name) {
        int count = 0;
        Object best = null;
        Object v;
        while ((v = next.execute(generator)) != null) {
            count++;
            TruffleSafepoint.poll(this);
            if (best == null || PyOps.better(op, v, best)) {
                best = v;
            }
        }
        LoopNode.reportLoopCount(this, count);
        if (best == null) {
            throw PyErrors.valueError(name + "() arg is an empty sequence");
        }
        return best;
    }

    private boolean anyAll(PyGenerator generator, boolean any) {
        int count = 0;
        Object v;
        try {
            while ((v = next.execute(generator)) != null) {
                count++;
                TruffleSafepoint.poll(this);
                boolean truth = v instanceof Boolean b ? b : PyOps.isTrue(v);
                if (truth == any) {
                    return any;
                }
            }
            return !any;
        } finally {
            LoopNode.reportLoopCount(this, count);
        }
    }
}
