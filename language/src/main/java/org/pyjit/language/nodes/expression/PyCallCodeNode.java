package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.call.PyMakeFunctionNode;
import org.pyjit.language.nodes.call.PyTemporaryResult;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyRange;

/**
 * A comprehension or generator expression: its body is a function of its own, called at once
 * with the iterator of the outermost iterable (evaluated in the enclosing scope, as in CPython).
 */
public final class PyCallCodeNode extends PyExpressionNode implements PyTemporaryResult {
    @Child private PyMakeFunctionNode makeFunction;
    @Child private PyExpressionNode iterable;
    @Child private DirectCallNode call;
    @CompilationFinal private boolean temporaries;

    public PyCallCodeNode(PyMakeFunctionNode makeFunction, PyExpressionNode iterable) {
        this.makeFunction = makeFunction;
        this.iterable = iterable;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyFunction fn = (PyFunction) makeFunction.execute(frame);
        Object value = iterable.execute(frame);
        // A list or range goes in as itself: iterating it in the comprehension is the same (its
        // iterator could fail no earlier), and there a range is counted in slots and a list's or
        // range's loop has tier 2's hook, which a bare iterator's has not.
        Object iter = value instanceof PyList || value instanceof PyRange ? value : PyOps.getIter(value);
        if (call == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(DirectCallNode.create(fn.getCallTarget()));
        }
        long before = PyTemporaryResult.madeSoFar(temporaries);
        return PyTemporaryResult.owned(temporaries, call.call(fn, iter), before);
    }

    @Override
    public void makeTemporaries() {
        temporaries = true;
    }
}
