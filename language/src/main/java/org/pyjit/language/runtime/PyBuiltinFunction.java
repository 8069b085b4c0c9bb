package org.pyjit.language.runtime;

import java.util.function.DoubleUnaryOperator;

/**
 * A function implemented in Java: a builtin ({@code len}) or, when it has an owner type, a method
 * of a builtin type that receives self as its first argument ({@code list.append}).
 */
public final class PyBuiltinFunction extends PyObject implements PyCallable {
    /** The Java body; same convention as {@link PyCallable}. */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, String[] kwNames);
    }

    private final String name;
    private final PyClass owner;
    private final Body body;
    /** For a method: the body without the check that self is an instance of the owner. */
    private final Body bodyForSelf;
    private final String moduleName;
    private final DoubleUnaryOperator floatFunction;
    private final Inlined inlined;

    public PyBuiltinFunction(String name, PyClass owner, Body body) {
        this(name, owner, body, null);
    }

    public PyBuiltinFunction(String name, PyClass owner, Body body, String moduleName) {
        this(name, owner, body, moduleName, null);
    }

    /** A function of one float, with {@code floatFunction} as the fast path of {@link #getFloatFunction()}. */
    public PyBuiltinFunction(String name, PyClass owner, Body body, String moduleName, DoubleUnaryOperator floatFunction) {
        this(name, owner, body, body, moduleName, floatFunction);
    }

    /** A method of {@code owner} whose {@code body} checks self, and {@code bodyForSelf} the same without that check. */
    public static PyBuiltinFunction method(String name, PyClass owner, Body body, Body bodyForSelf) {
        return new PyBuiltinFunction(name, owner, body, bodyForSelf, null, null);
    }

    private PyBuiltinFunction(String name, PyClass owner, Body body, Body bodyForSelf, String moduleName, DoubleUnaryOperator floatFunction) {
        super(EMPTY_SHAPE);
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.bodyForSelf = bodyForSelf;
        this.moduleName = moduleName;
        this.floatFunction = floatFunction;
        this.inlined = inlined(owner, moduleName, name);
    }

    @Override
    public PyClass getPyClass() {
        return owner == null ? PyTypes.BUILTIN_FUNCTION : PyTypes.METHOD_DESCRIPTOR;
    }

    public String getName() {
        return name;
    }

    /** The builtin type this is a method of, or null for a plain builtin function. */
    public PyClass getOwner() {
        return owner;
    }

    public String getModuleName() {
        return moduleName;
    }

    /**
     * For a function of one float argument ({@code math.sqrt}): the function itself, which compiled
     * calls apply inline to a float or int argument. Where it is not finite the body decides (it
     * raises, or returns the same value), so a caller must then call the body instead.
     */
    public DoubleUnaryOperator getFloatFunction() {
        return floatFunction;
    }

    /** The builtins a call site runs in compiled code itself rather than through the body. */
    public enum Inlined {
        /** Not one of them. */
        NONE,
        /** The builtin {@code len}: a container's size read inline. */
        LEN,
        /** {@code dict.get(key[, default])}: str and int keys probed inline. */
        DICT_GET,
        /** {@code list.append(x)}: stored into the room of an Object[] list. */
        LIST_APPEND,
        /** {@code str.lower()}. */
        STR_LOWER,
        /** {@code str.strip([chars])}, chars a str. */
        STR_STRIP,
        /** {@code str.split()}, with no arguments. */
        STR_SPLIT,
        /** {@code str.join(list)}. */
        STR_JOIN
    }

    private static Inlined inlined(PyClass owner, String moduleName, String name) {
        if (owner == null) {
            return moduleName == null && name.equals("len") ? Inlined.LEN : Inlined.NONE;
        } else if (owner == PyTypes.DICT && name.equals("get")) {
            return Inlined.DICT_GET;
        } else if (owner == PyTypes.LIST && name.equals("append")) {
            return Inlined.LIST_APPEND;
        } else if (owner == PyTypes.STR && name.equals("lower")) {
            return Inlined.STR_LOWER;
        } else if (owner == PyTypes.STR && name.equals("strip")) {
            return Inlined.STR_STRIP;
        } else if (owner == PyTypes.STR && name.equals("split")) {
            return Inlined.STR_SPLIT;
        } else if (owner == PyTypes.STR && name.equals("join")) {
            return Inlined.STR_JOIN;
        }
        return Inlined.NONE;
    }

    public Inlined getInlined() {
        return inlined;
    }

    /** The builtin {@code len} (compiled calls read a container's size inline). */
    public boolean isBuiltinLen() {
        return inlined == Inlined.LEN;
    }

    public Body getBody() {
        return body;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        return body.call(args, kwNames);
    }

    /** A call of a method whose self (args[0]) the caller found it on: an instance of the owner. */
    public Object callWithSelf(Object[] args, String[] kwNames) {
        return bodyForSelf.call(args, kwNames);
    }
}
