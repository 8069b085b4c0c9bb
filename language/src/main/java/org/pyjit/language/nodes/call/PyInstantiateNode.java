package org.pyjit.language.nodes.call;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateInline;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PyTypes;

/**
 * {@code C(args)} for a user class with object's {@code __new__} and a Python {@code __init__}:
 * allocates the instance here and calls {@code __init__} through a direct call node. The
 * positional arguments come laid out for that call: {@code frameArgs[0]} and {@code [1]} are
 * free (function, self), the arguments follow. Other classes go through {@link PyOps#call}.
 */
@GenerateInline(false)
public abstract class PyInstantiateNode extends Node {
    static final String INIT = "__init__";
    static final String NEW = "__new__";

    public abstract Object execute(PyClass cls, Object[] frameArgs);

    public static PyInstantiateNode create() {
        return PyInstantiateNodeGen.create();
    }

    @Specialization(guards = {"cls == cachedClass", "plain"}, limit = "3")
    protected static Object doPlain(@SuppressWarnings("unused") PyClass cls, Object[] frameArgs,
                    @Cached("cls") PyClass cachedClass,
                    @Cached("isPlain(cls)") @SuppressWarnings("unused") boolean plain,
                    @Cached("createLookup(INIT)") PyClassLookupNode initLookup,
                    @Cached("createLookup(NEW)") PyClassLookupNode newLookup,
                    @Cached PyInvokeFunctionNode invoke) {
        Object init = initLookup.execute(cachedClass);
        if (init instanceof PyFunction f && isDefaultNew(newLookup.execute(cachedClass))) {
            PyInstance self = new PyInstance(cachedClass);
            frameArgs[1] = self;
            Object r = invoke.execute(f, frameArgs);
            if (r != PyNone.NONE) {
                throw initReturned(r);
            }
            return self;
        }
        return generic(cachedClass, frameArgs);
    }

    @Specialization(replaces = "doPlain")
    protected static Object doGeneric(PyClass cls, Object[] frameArgs) {
        return generic(cls, frameArgs);
    }

    static PyClassLookupNode createLookup(String name) {
        return PyClassLookupNode.create(name);
    }

    static boolean isPlain(PyClass cls) {
        return !cls.isBuiltin() && cls.getConstructor() == null && !cls.isExceptionClass();
    }

    static boolean isDefaultNew(Object newFn) {
        return !(newFn instanceof PyStaticMethod) || newFn == objectNew();
    }

    @TruffleBoundary
    private static Object objectNew() {
        return PyTypes.OBJECT.getOwnAttribute("__new__");
    }

    @TruffleBoundary
    private static PyException initReturned(Object r) {
        return PyErrors.typeError("__init__() should return None, not '" + PyOps.typeName(r) + "'");
    }

    @TruffleBoundary
    private static Object generic(PyClass cls, Object[] frameArgs) {
        return PyOps.call(cls, Arrays.copyOfRange(frameArgs, 2, frameArgs.length), null);
    }
}
