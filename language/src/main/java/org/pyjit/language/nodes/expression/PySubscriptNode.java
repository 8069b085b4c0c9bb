package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.nodes.PyExpressionNode;

/**
 * {@code obj[key]} read. While the key keeps evaluating to a long it is read unboxed; the item is
 * fetched by {@link PyItemReadNode}, which keeps compiled reads of pinned lists free of boxes (a
 * path of this node's own would merge with its result and force a box).
 */
public final class PySubscriptNode extends PyExpressionNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    @Child private PyItemReadNode getItem = new PyItemReadNode();
    @CompilationFinal private boolean keyNotLong;

    public PySubscriptNode(PyExpressionNode object, PyExpressionNode key) {
        this.object = object;
        this.key = key;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object o = object.execute(frame);
        if (!keyNotLong) {
            long k;
            try {
                k = key.executeLong(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                keyNotLong = true;
                return getItem.execute(o, e.getResult());
            }
            return getItem.execute(o, k);
        }
        return getItem.execute(o, key.execute(frame));
    }
}
