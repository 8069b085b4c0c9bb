package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;

/** The innermost step of a list/set/dict comprehension: adds an element to the result in a slot. */
public final class PyListAppendNode extends PyStatementNode {
    public enum Kind {
        LIST, SET, DICT
    }

    private final Kind kind;
    private final int resultSlot;
    @Child private PyExpressionNode value;
    @Child private PyExpressionNode key;

    public PyListAppendNode(Kind kind, int resultSlot, PyExpressionNode key, PyExpressionNode value) {
        this.kind = kind;
        this.resultSlot = resultSlot;
        this.key = key;
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = frame.getObject(resultSlot);
        switch (kind) {
            case LIST:
                ((PyList) result).append(value.execute(frame));
                break;
            case SET:
                addToSet(result, value.execute(frame));
                break;
            default:
                Object k = key.execute(frame);
                putToDict((PyDict) result, k, value.execute(frame));
                break;
        }
    }

    @TruffleBoundary
    private static void addToSet(Object set, Object v) {
        PyOps.callMethod(set, "add", v);
    }

    @TruffleBoundary
    private static void putToDict(PyDict d, Object k, Object v) {
        PyOps.hash(k);
        d.put(k, v);
    }
}
