package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyTuple;

/**
 * {@code obj[key]} read. While the key keeps evaluating to a long it is read unboxed and list or
 * tuple items are fetched directly; everything else goes through {@link PyGetItemNode}.
 */
public final class PySubscriptNode extends PyExpressionNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    @Child private PyGetItemNode getItem = PyGetItemNodeGen.create(null, null);
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
                return getItem.executeWith(o, e.getResult());
            }
            if (o instanceof PyList list) {
                int n = list.size();
                long i = k < 0 ? k + n : k;
                if (i >= 0 && i < n) {
                    return list.get((int) i);
                }
            } else if (o instanceof PyTuple t) {
                int n = t.size();
                long i = k < 0 ? k + n : k;
                if (i >= 0 && i < n) {
                    return t.get((int) i);
                }
            }
            return getItem.executeWith(o, k);
        }
        return getItem.executeWith(o, key.execute(frame));
    }
}
