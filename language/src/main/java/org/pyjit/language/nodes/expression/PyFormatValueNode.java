package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStrings;

/** One {@code {value!conversion:spec}} of an f-string. */
public final class PyFormatValueNode extends PyExpressionNode {
    @Child private PyExpressionNode value;
    @Child private PyExpressionNode spec;
    private final char conversion;

    public PyFormatValueNode(PyExpressionNode value, char conversion, PyExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = value.execute(frame);
        String s = spec == null ? "" : (String) spec.execute(frame);
        return format(v, conversion, s);
    }

    @TruffleBoundary
    private static String format(Object v, char conversion, String spec) {
        Object x = v;
        switch (conversion) {
            case 'r':
                x = PyOps.repr(v);
                break;
            case 's':
                x = PyOps.str(v);
                break;
            case 'a':
                x = PyStrings.ascii(PyOps.repr(v));
                break;
            default:
                if (v instanceof String str && spec.isEmpty()) {
                    return str;
                }
                // anything else goes through __format__, also with an empty spec (a user's own, or object's)
        }
        return PyOps.format(x, spec);
    }
}
