package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyFunction;

/** {@code callee(args)}. */
public final class PyCallNode extends PyExpressionNode {
    @Child private PyExpressionNode callee;
    @Child private PyArgumentsNode arguments;
    @Child private PyDispatchNode dispatch;
    @Child private PyInvokeFunctionNode invoke;
    @Child private PyInstantiateNode instantiate;
    private final boolean positionalOnly;

    public PyCallNode(PyExpressionNode callee, PyArgumentsNode arguments) {
        this.callee = callee;
        this.arguments = arguments;
        this.positionalOnly = arguments.isPositionalOnly();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object fn = callee.execute(frame);
        if (positionalOnly && fn instanceof PyFunction f) {
            if (invoke == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                invoke = insert(PyInvokeFunctionNode.create());
            }
            return invoke.execute(f, arguments.executeInto(frame, 1));
        }
        if (positionalOnly && fn instanceof PyClass c && !c.isBuiltin()) {
            if (instantiate == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                instantiate = insert(PyInstantiateNode.create());
            }
            return instantiate.execute(c, arguments.executeInto(frame, 2));
        }
        if (dispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dispatch = insert(PyDispatchNode.create());
        }
        if (arguments.isSimple()) {
            return dispatch.execute(fn, arguments.executeSimple(frame), arguments.getConstantKwNames());
        }
        PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame, fn);
        return dispatch.execute(fn, e.args, e.kwNames);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
