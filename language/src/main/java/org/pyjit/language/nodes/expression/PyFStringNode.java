package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;

/** An f-string: the concatenation of its parts (each evaluates to a str). */
public final class PyFStringNode extends PyExpressionNode {
    @Children private final PyExpressionNode[] parts;

    public PyFStringNode(PyExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        String[] strings = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            strings[i] = (String) parts[i].execute(frame);
        }
        return concat(strings);
    }

    @TruffleBoundary
    private static String concat(String[] strings) {
        StringBuilder sb = new StringBuilder();
        for (String s : strings) {
            sb.append(s);
        }
        return sb.toString();
    }
}
