package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyArgumentBinder;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyFunction;

/** Calls a user function with {@code self} prepended to the arguments (a method call). */
@GenerateInline(false)
public abstract class PyMethodDispatchNode extends Node {
    public abstract Object execute(PyFunction fn, Object self, Object[] args, String[] kwNames);

    @Specialization(guards = "fn.getCode() == cachedCode", limit = "3")
    protected static Object doDirect(PyFunction fn, Object self, Object[] args, String[] kwNames,
                    @Cached("fn.getCode()") PyCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        return call.call(bind(fn, cachedCode, self, args, kwNames));
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(PyFunction fn, Object self, Object[] args, String[] kwNames,
                    @Cached IndirectCallNode call) {
        return call.call(fn.getCallTarget(), PyArgumentBinder.bindMethod(fn, self, args, kwNames));
    }

    static Object[] bind(PyFunction fn, PyCode code, Object self, Object[] args, String[] kwNames) {
        if (kwNames == null && code.isSimplePositional() && args.length + 1 == code.getArgCount()) {
            Object[] frameArgs = new Object[args.length + 2];
            frameArgs[0] = fn;
            frameArgs[1] = self;
            System.arraycopy(args, 0, frameArgs, 2, args.length);
            return frameArgs;
        }
        return PyArgumentBinder.bindMethod(fn, self, args, kwNames);
    }
}
