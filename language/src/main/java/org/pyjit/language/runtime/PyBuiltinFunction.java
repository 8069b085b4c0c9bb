package org.pyjit.language.runtime;

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
    private final String moduleName;

    public PyBuiltinFunction(String name, PyClass owner, Body body) {
        this(name, owner, body, null);
    }

    public PyBuiltinFunction(String name, PyClass owner, Body body, String moduleName) {
        super(EMPTY_SHAPE);
        this.name = name;
        this.owner = owner;
        this.body = body;
        this.moduleName = moduleName;
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

    public Body getBody() {
        return body;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        return body.call(args, kwNames);
    }
}
