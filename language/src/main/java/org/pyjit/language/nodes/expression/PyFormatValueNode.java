package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyOps;

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
                x = ascii(PyOps.repr(v));
                break;
            default:
                if (spec.isEmpty()) {
                    return v instanceof String str ? str : PyOps.str(v);
                }
        }
        return PyOps.format(x, spec);
    }

    private static String ascii(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
