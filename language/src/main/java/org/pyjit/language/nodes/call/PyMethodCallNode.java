package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.pyjit.language.builtins.PyInlinedMethods;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/**
 * {@code obj.name(args)} without allocating a bound method where the meaning is plain: a user
 * instance without an own attribute of that name whose class defines a function (called with obj
 * prepended), or a list, dict or str whose type defines a builtin method. The class lookup is
 * cached (see {@link PyClassLookupNode}); anything else reads the attribute and calls it.
 */
public final class PyMethodCallNode extends PyExpressionNode implements PyTemporaryResult {
    @Child private PyExpressionNode receiver;
    @Child private PyArgumentsNode arguments;
    @Child private PyClassLookupNode lookup;
    @Child private PyInstanceHasAttrNode hasAttr;
    @Child private PyMethodDispatchNode methodDispatch;
    @Child private PyInvokeFunctionNode invoke;
    @Child private PyDispatchNode dispatch;
    private final String name;
    private final boolean positionalOnly;
    private final CountingConditionProfile functionProfile = CountingConditionProfile.create();
    private final CountingConditionProfile builtinProfile = CountingConditionProfile.create();
    /** {@code module.name(args)}: the module and attribute seen first, kept while the module is unchanged. */
    @CompilationFinal private PyModule cachedModule;
    @CompilationFinal private Object cachedModuleAttribute;
    @CompilationFinal private Assumption cachedModuleUnchanged;
    @CompilationFinal private boolean moduleCacheFailed;
    @CompilationFinal private boolean temporaries;

    public PyMethodCallNode(PyExpressionNode receiver, String name, PyArgumentsNode arguments) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.positionalOnly = arguments.isPositionalOnly();
        this.lookup = PyClassLookupNode.create(name);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object recv = receiver.execute(frame);
        PyClass cls = fastPathClass(recv);
        if (cls != null) {
            Object m = lookup.execute(cls);
            if (functionProfile.profile(m instanceof PyFunction && (!(recv instanceof PyInstance) || !hasOwn((PyInstance) recv)))) {
                return callFunction(frame, (PyFunction) m, recv);
            }
            if (builtinProfile.profile(m instanceof PyBuiltinFunction && !(recv instanceof PyInstance) && ((PyBuiltinFunction) m).getOwner() != null)) {
                return callBuiltin(frame, (PyBuiltinFunction) m, recv);
            }
        }
        Object callee = recv instanceof PyModule m ? moduleAttribute(m) : PyOps.getAttr(recv, name);
        if (dispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            dispatch = insert(PyDispatchNode.create());
        }
        if (arguments.isSimple()) {
            Object[] args = arguments.executeSimple(frame);
            long before = PyTemporaryResult.madeSoFar(temporaries);
            return PyTemporaryResult.owned(temporaries, dispatch.execute(callee, args, arguments.getConstantKwNames()), before);
        }
        PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame, callee);
        long before = PyTemporaryResult.madeSoFar(temporaries);
        return PyTemporaryResult.owned(temporaries, dispatch.execute(callee, e.args, e.kwNames), before);
    }

    @Override
    public void makeTemporaries() {
        temporaries = true;
    }

    /** The module's attribute, a constant of compiled code while the module it was read from is unchanged. */
    private Object moduleAttribute(PyModule m) {
        if (!moduleCacheFailed) {
            if (cachedModule == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                Object v = m.getAttribute(name);
                if (v == null) {
                    moduleCacheFailed = true;
                    return PyOps.getAttr(m, name);
                }
                cachedModule = m;
                cachedModuleAttribute = v;
                cachedModuleUnchanged = m.getUnchangedAssumption();
            }
            if (m == cachedModule && cachedModuleUnchanged.isValid()) {
                return cachedModuleAttribute;
            }
            // Another module here, or this one changed: this site stays generic.
            CompilerDirectives.transferToInterpreterAndInvalidate();
            moduleCacheFailed = true;
        }
        return PyOps.getAttr(m, name);
    }

    /** The receiver's class where the shortcut applies (the exact classes keep the checks foldable). */
    private static PyClass fastPathClass(Object recv) {
        if (recv instanceof PyInstance inst) {
            return inst.getPyClass();
        } else if (recv instanceof PyList) {
            return PyTypes.LIST;
        } else if (recv instanceof String) {
            return PyTypes.STR;
        } else if (recv instanceof PyDict) {
            return PyTypes.DICT;
        }
        return null;
    }

    private boolean hasOwn(PyInstance inst) {
        if (hasAttr == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            hasAttr = insert(PyInstanceHasAttrNodeGen.create());
        }
        return hasAttr.execute(inst, name);
    }

    private Object callFunction(VirtualFrame frame, PyFunction fn, Object self) {
        if (positionalOnly) {
            if (invoke == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                invoke = insert(PyInvokeFunctionNode.create());
            }
            Object[] frameArgs = arguments.executeInto(frame, 2);
            frameArgs[1] = self;
            long before = PyTemporaryResult.madeSoFar(temporaries);
            return PyTemporaryResult.owned(temporaries, invoke.execute(fn, frameArgs), before);
        }
        if (methodDispatch == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            methodDispatch = insert(PyMethodDispatchNodeGen.create());
        }
        if (arguments.isSimple()) {
            Object[] args = arguments.executeSimple(frame);
            long before = PyTemporaryResult.madeSoFar(temporaries);
            return PyTemporaryResult.owned(temporaries, methodDispatch.execute(fn, self, args, arguments.getConstantKwNames()), before);
        }
        PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame, fn);
        long before = PyTemporaryResult.madeSoFar(temporaries);
        return PyTemporaryResult.owned(temporaries, methodDispatch.execute(fn, self, e.args, e.kwNames), before);
    }

    private Object callBuiltin(VirtualFrame frame, PyBuiltinFunction fn, Object self) {
        if (positionalOnly) {
            Object[] args = arguments.executeInto(frame, 1);
            args[0] = self;
            Object r = inlined(fn.getInlined(), self, args);
            return r != null ? r : callBody(fn, args, null);
        }
        Object[] args;
        String[] kwNames;
        if (arguments.isSimple()) {
            args = arguments.executeSimple(frame);
            kwNames = arguments.getConstantKwNames();
        } else {
            PyArgumentsNode.Evaluated e = arguments.executeDynamic(frame, fn);
            args = e.args;
            kwNames = e.kwNames;
        }
        return callBody(fn, prepend(self, args), kwNames);
    }

    /**
     * The result of the method {@code inlined} names, run here where its arguments {@code args}
     * (self first) are of the kinds it takes; null to call its body, which checks them.
     */
    private static Object inlined(PyBuiltinFunction.Inlined inlined, Object self, Object[] args) {
        // Comparisons, not a switch: javac's table for an enum switch is an array compiled code cannot fold.
        if (inlined == PyBuiltinFunction.Inlined.NONE) {
            return null;
        } else if (inlined == PyBuiltinFunction.Inlined.DICT_GET) {
            if ((args.length == 2 || args.length == 3) && self instanceof PyDict dict) {
                Object v = dict.getInline(args[1]);
                return v != null ? v : args.length == 3 ? args[2] : PyNone.NONE;
            }
        } else if (inlined == PyBuiltinFunction.Inlined.LIST_APPEND) {
            if (args.length == 2 && self instanceof PyList list) {
                list.appendInline(args[1]);
                return PyNone.NONE;
            }
        } else if (inlined == PyBuiltinFunction.Inlined.STR_LOWER) {
            if (args.length == 1 && self instanceof String s) {
                return PyInlinedMethods.lower(s);
            }
        } else if (inlined == PyBuiltinFunction.Inlined.STR_STRIP) {
            if (self instanceof String s && (args.length == 1 || args.length == 2 && args[1] instanceof String)) {
                return PyInlinedMethods.strip(s, args.length == 2 ? (String) args[1] : null);
            }
        } else if (inlined == PyBuiltinFunction.Inlined.STR_SPLIT) {
            if (args.length == 1 && self instanceof String s) {
                return PyInlinedMethods.split(s);
            }
        } else if (inlined == PyBuiltinFunction.Inlined.STR_JOIN) {
            if (args.length == 2 && self instanceof String sep && args[1] instanceof PyList list) {
                return PyInlinedMethods.join(sep, list);
            }
        }
        return null;
    }

    /** fn was looked up on self's class, so self is an instance of its owner: no check of it. */
    @TruffleBoundary
    private static Object callBody(PyBuiltinFunction fn, Object[] args, String[] kwNames) {
        return fn.callWithSelf(args, kwNames);
    }

    private static Object[] prepend(Object self, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.CallTag.class || super.hasTag(tag);
    }
}
