package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.call.PyMakeFunctionNode;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyOps;

/**
 * A comprehension or generator expression: its body is a function of its own, called at once
 * with the iterator of the outermost iterable (evaluated in the enclosing scope, as in CPython).
 */
public final class PyCallCodeNode extends PyExpressionNode {
    @Child private PyMakeFunctionNode makeFunction;
    @Child private PyExpressionNode iterable;
    @Child private DirectCallNode call;

    public PyCallCodeNode(PyMakeFunctionNode makeFunction, PyExpressionNode iterable) {
        this.makeFunction = makeFunction;
        this.iterable = iterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyFunction fn = (PyFunction) makeFunction.execute(frame);
        Object iter = PyOps.getIter(iterable.execute(frame));
        if (call == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(DirectCallNode.create(fn.getCallTarget()));
        }
        return call.call(fn, iter);
    }
}
