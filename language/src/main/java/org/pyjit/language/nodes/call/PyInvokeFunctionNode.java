package org.pyjit.language.nodes.call;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyArgumentBinder;
import org.pyjit.language.runtime.PyCode;
import org.pyjit.language.runtime.PyFunction;

/**
 * Calls a user function with positional arguments already laid out as the call target's
 * arguments: {@code frameArgs[0]} is free for the function, the arguments (self first for a
 * method) follow. When the count matches a plain signature the array is passed on as it is.
 */
@GenerateInline(false)
public abstract class PyInvokeFunctionNode extends Node {
    public abstract Object execute(PyFunction fn, Object[] frameArgs);

    public static PyInvokeFunctionNode create() {
        return PyInvokeFunctionNodeGen.create();
    }

    @Specialization(guards = "fn.getCode() == cachedCode", limit = "3")
    protected static Object doDirect(PyFunction fn, Object[] frameArgs,
                    @Cached("fn.getCode()") PyCode cachedCode,
                    @Cached("create(cachedCode.getCallTarget())") DirectCallNode call) {
        if (cachedCode.isSimplePositional() && frameArgs.length - 1 == cachedCode.getArgCount()) {
            frameArgs[0] = fn;
            return call.call(frameArgs);
        }
        return call.call(bindGeneral(fn, frameArgs));
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(PyFunction fn, Object[] frameArgs,
                    @Cached IndirectCallNode call) {
        PyCode code = fn.getCode();
        if (code.isSimplePositional() && frameArgs.length - 1 == code.getArgCount()) {
            frameArgs[0] = fn;
            return call.call(code.getCallTarget(), frameArgs);
        }
        return call.call(code.getCallTarget(), bindGeneral(fn, frameArgs));
    }

    @TruffleBoundary
    private static Object[] bindGeneral(PyFunction fn, Object[] frameArgs) {
        return PyArgumentBinder.bind(fn, Arrays.copyOfRange(frameArgs, 1, frameArgs.length), null);
    }
}
