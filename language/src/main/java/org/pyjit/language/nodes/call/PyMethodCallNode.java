package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyOps;

/**
 * {@code obj.name(args)}. When obj is a user instance without an own attribute of that name and
 * its class defines a plain function, the function is called with obj prepended, without
 * allocating a bound method.
 */
public final class PyMethodCallNode extends PyExpressionNode {
    @Child private PyExpressionNode receiver;
    @Child private PyArgumentsNode arguments;
    @Child private PyInstanceHasAttrNode hasAttr = PyInstanceHasAttrNodeGen.create();
    @Child private PyMethodDispatchNode methodDispatch;
    @Child private PyDispatchNode dispatch;
    @Child private PyInvokeFunctionNode invoke;
    private final String name;
    private final CountingConditionProfile methodProfile = CountingConditionProfile.create();

    public PyMethodCallNode(PyExpressionNode receiver, String name, PyArgumentsNode arguments) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object recv = receiver.execute(frame);
        Object method = null;
        if (recv instanceof PyInstance inst && !hasAttr.execute(inst, name)) {
            Object m = lookup(inst.getPyClass(), name);
            if (m instanceof PyFunction) {
                method = m;
            }
        }
        if (methodProfile.profile(method != null)) {
            if (methodDispatch == null) {
                com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                methodDispatch = insert(PyMethodDispatchNodeGen.create());
            }
            if (arguments.isPositionalOnly()) {
                if (invoke == null) {
                    com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
                    invoke = insert(PyInvokeFunctionNode.create());
                }
                Object[] frameArgs = arguments.executeInto(frame, 2);
                frameArgs[1] = recv;
                return invoke.execute((PyFunction) method, frameArgs);
            }
            if (arguments.isSimple()) {
                return methodDispatch.execute((PyFunction) method, recv, arguments.executeSimple(frame), arguments.getConstantKwNames());
            }
            PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame);
            return methodDispatch.execute((PyFunction) method, recv, e.args, e.kwNames);
        }
        Object callee = PyOps.getAttr(recv, name);
        if (dispatch == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            dispatch = insert(PyDispatchNode.create());
        }
        if (arguments.isSimple()) {
            return dispatch.execute(callee, arguments.executeSimple(frame), arguments.getConstantKwNames());
        }
        PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame);
        return dispatch.execute(callee, e.args, e.kwNames);
    }

    @TruffleBoundary
    private static Object lookup(PyClass cls, String name) {
        return cls.lookup(name);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
