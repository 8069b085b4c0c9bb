package org.pyjit.language.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Set;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyEllipsis;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyNotImplemented;
import org.pyjit.language.runtime.PyTypes;

/** The builtins namespace: functions, types, exception classes and constants. */
public final class PyBuiltins {
    private static final LinkedHashMap<String, Object> BUILTINS = new LinkedHashMap<>();

    static {
        for (PyClass c : new PyClass[]{PyTypes.OBJECT, PyTypes.TYPE, PyTypes.INT, PyTypes.BOOL, PyTypes.FLOAT, PyTypes.STR, PyTypes.LIST,
                        PyTypes.TUPLE, PyTypes.DICT, PyTypes.SET, PyTypes.FROZENSET, PyTypes.RANGE, PyTypes.SLICE, PyTypes.PROPERTY,
                        PyTypes.STATICMETHOD, PyTypes.CLASSMETHOD, PyTypes.SUPER, PyTypes.ENUMERATE, PyTypes.ZIP, PyTypes.MAP, PyTypes.FILTER,
                        PyTypes.REVERSED}) {
            BUILTINS.put(c.getName(), c);
        }
        for (PyClass c : PyTypes.EXCEPTION_CLASSES) {
            BUILTINS.put(c.getName(), c);
        }
        BUILTINS.put("EnvironmentError", PyTypes.OS_ERROR);
        BUILTINS.put("IOError", PyTypes.OS_ERROR);
        BUILTINS.put("None", PyNone.NONE);
        BUILTINS.put("True", Boolean.TRUE);
        BUILTINS.put("False", Boolean.FALSE);
        BUILTINS.put("NotImplemented", PyNotImplemented.INSTANCE);
        BUILTINS.put("Ellipsis", PyEllipsis.INSTANCE);
        BUILTINS.put("__name__", "builtins");
        PyBuiltinFunctions.install();
    }

    private PyBuiltins() {
    }

    static void define(String name, PyBuiltinFunction.Body body) {
        BUILTINS.put(name, new PyBuiltinFunction(name, null, body));
    }

    /** The builtin with this name, or null. */
    public static Object lookup(String name) {
        return BUILTINS.get(name);
    }

    /** dir(obj), sorted like CPython's. */
    public static Object dir(Object obj) {
        return PyBuiltinFunctions.dir(obj);
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(BUILTINS.keySet());
    }
}
