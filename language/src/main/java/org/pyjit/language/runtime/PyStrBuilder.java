package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.pyjit.language.parser.PyAst.BinOpKind;

/**
 * What a local variable holds while {@code s += piece} or {@code s = s + piece} grows a long str,
 * so that a loop of such statements takes linear time, as CPython's in-place concatenation of an
 * unshared str does, not the quadratic time of copying the whole string at every step. It never
 * escapes its frame slot: only those statements append to it, and every read of the variable gets
 * the str it stands for, made once per run of appends.
 */
public final class PyStrBuilder {
    /** Below this many characters a plain concatenation is as cheap and keeps the variable a str. */
    public static final int MIN_LENGTH = 256;

    private final StringBuilder chars;
    /** The str of the characters so far, or null after an append. */
    private String string;

    /** Whether {@code x + piece} for a variable holding x may append: x is a builder or a long str. */
    public static boolean grows(Object x) {
        return x instanceof PyStrBuilder || x instanceof String s && s.length() >= MIN_LENGTH;
    }

    /** {@code x + piece} for a variable holding x, where {@link #grows} holds: x's builder, grown. */
    @TruffleBoundary
    public static Object concat(Object x, Object piece, boolean augmented) {
        if (piece instanceof String s) {
            return x instanceof PyStrBuilder b ? b.append(s) : new PyStrBuilder((String) x, s);
        }
        return PyOps.binaryOp(BinOpKind.ADD, x.toString(), piece, augmented);
    }

    private PyStrBuilder(String left, String right) {
        chars = new StringBuilder(2 * (left.length() + right.length())).append(left).append(right);
    }

    private PyStrBuilder append(String s) {
        chars.append(s);
        string = null;
        return this;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        if (string == null) {
            string = chars.toString();
        }
        return string;
    }
}
