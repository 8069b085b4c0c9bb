package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.nodes.PyExpressionNode;

/** {@code obj[key] = value}; a long key is read unboxed while it stays one. */
public final class PySubscriptTargetNode extends PyTargetNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    @Child private PyItemWriteNode setItem = new PyItemWriteNode();
    @CompilationFinal private boolean keyNotLong;

    public PySubscriptTargetNode(PyExpressionNode object, PyExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.execute(frame);
        if (!keyNotLong) {
            long k;
            try {
                k = key.executeLong(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                keyNotLong = true;
                setItem.execute(o, e.getResult(), value);
                return;
            }
            setItem.executeLong(o, k, value);
            return;
        }
        setItem.execute(o, key.execute(frame), value);
    }
}
