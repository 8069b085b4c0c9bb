package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/** A user-defined function (def, lambda, comprehension body). */
public final class PyFunction extends PyObject implements PyCallable {
    private final PyCode code;
    private final Object[] defaults;
    /** One entry per keyword-only parameter, null where it has no default. */
    private final Object[] kwDefaults;
    private final PyCell[] closure;
    private final PyGlobals globals;
    private String name;
    private String qualName;
    /** __doc__: the docstring, until a program assigns another value. */
    private Object doc;
    /** __module__ once a program assigned it (decorators copying it), else null: the globals' module. */
    private Object module;

    public PyFunction(PyCode code, Object[] defaults, Object[] kwDefaults, PyCell[] closure, PyGlobals globals) {
        super(PyObject.EMPTY_SHAPE);
        this.code = code;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
        this.name = code.getName();
        this.qualName = code.getQualName();
        this.doc = code.getDoc() == null ? PyNone.NONE : code.getDoc();
    }

    public void setModuleName(Object module) {
        this.module = module;
    }

    public Object getDoc() {
        return doc;
    }

    public void setDoc(Object doc) {
        this.doc = doc;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.FUNCTION;
    }

    public PyCode getCode() {
        return code;
    }

    public RootCallTarget getCallTarget() {
        return code.getCallTarget();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualName() {
        return qualName;
    }

    public void setQualName(String qualName) {
        this.qualName = qualName;
    }

    public Object getModuleName() {
        if (module != null) {
            return module;
        }
        return globals == null ? "__main__" : globals.getModuleName();
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public PyCell[] getClosure() {
        return closure;
    }

    public PyGlobals getGlobals() {
        return globals;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        return getCallTarget().call(PyArgumentBinder.bind(this, args, kwNames));
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "<function " + qualName + ">";
    }
}
