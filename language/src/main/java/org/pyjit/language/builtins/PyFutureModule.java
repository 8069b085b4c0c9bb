package org.pyjit.language.builtins;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyInstance;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyRepr;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/**
 * The __future__ module, which a future statement imports at run time like any module (CPython binds
 * the feature names): each feature is a {@code _Feature} with CPython's releases and compiler flag.
 * The parser accepts the statements (PyFutureChecker); no feature changes what pyjit does.
 */
final class PyFutureModule {
    private PyFutureModule() {
    }

    private static final String[] NAMES = {"nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
                    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"};
    /** Per feature: optional release, mandatory release (null: not decided) and compiler flag, as CPython 3.11's. */
    private static final Object[][] FEATURES = {
                    {release(2, 1, 0, "beta", 1), release(2, 2, 0, "alpha", 0), 0x10L},
                    {release(2, 2, 0, "alpha", 1), release(2, 3, 0, "final", 0), 0L},
                    {release(2, 2, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x20000L},
                    {release(2, 5, 0, "alpha", 1), release(3, 0, 0, "alpha", 0), 0x40000L},
                    {release(2, 5, 0, "alpha", 1), release(2, 6, 0, "alpha", 0), 0x80000L},
                    {release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x100000L},
                    {release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x200000L},
                    {release(3, 1, 0, "alpha", 2), release(4, 0, 0, "alpha", 0), 0x400000L},
                    {release(3, 5, 0, "beta", 1), release(3, 7, 0, "alpha", 0), 0x800000L},
                    {release(3, 7, 0, "beta", 1), null, 0x1000000L}};
    private static final String[] FLAG_NAMES = {"CO_NESTED", "CO_GENERATOR_ALLOWED", "CO_FUTURE_DIVISION", "CO_FUTURE_ABSOLUTE_IMPORT",
                    "CO_FUTURE_WITH_STATEMENT", "CO_FUTURE_PRINT_FUNCTION", "CO_FUTURE_UNICODE_LITERALS", "CO_FUTURE_BARRY_AS_BDFL",
                    "CO_FUTURE_GENERATOR_STOP", "CO_FUTURE_ANNOTATIONS"};

    private static PyTuple release(long major, long minor, long micro, String level, long serial) {
        return new PyTuple(new Object[]{major, minor, micro, level, serial});
    }

    static PyModule create() {
        PyModule m = new PyModule("__future__");
        PyDict ns = new PyDict();
        ns.put("__module__", "__future__");
        ns.put("__qualname__", "_Feature");
        PyClass feature = PyClass.create("_Feature", new PyClass[]{PyTypes.OBJECT}, ns);
        method(feature, "getOptionalRelease", (args, kw) -> ((PyInstance) args[0]).getOwnAttribute("optional"));
        method(feature, "getMandatoryRelease", (args, kw) -> ((PyInstance) args[0]).getOwnAttribute("mandatory"));
        method(feature, "__repr__", (args, kw) -> {
            PyInstance f = (PyInstance) args[0];
            return "_Feature" + PyRepr.repr(new PyTuple(new Object[]{f.getOwnAttribute("optional"), f.getOwnAttribute("mandatory"),
                            f.getOwnAttribute("compiler_flag")}));
        });
        m.setAttribute("_Feature", feature);
        PyList all = new PyList();
        for (int i = 0; i < NAMES.length; i++) {
            PyInstance f = new PyInstance(feature);
            f.setAttributeValue("optional", FEATURES[i][0]);
            f.setAttributeValue("mandatory", FEATURES[i][1] == null ? PyNone.NONE : FEATURES[i][1]);
            f.setAttributeValue("compiler_flag", FEATURES[i][2]);
            m.setAttribute(NAMES[i], f);
            all.append(NAMES[i]);
        }
        m.setAttribute("all_feature_names", all);
        PyList dunderAll = new PyList();
        dunderAll.append("all_feature_names");
        for (String n : NAMES) {
            dunderAll.append(n);
        }
        m.setAttribute("__all__", dunderAll);
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            // CO_NESTED and CO_GENERATOR_ALLOWED are the first two features' flags.
            m.setAttribute(FLAG_NAMES[i], FEATURES[i][2]);
        }
        return m;
    }

    private static void method(PyClass owner, String name, PyBuiltinFunction.Body body) {
        owner.setAttribute(name, PyBuiltinFunction.method(name, owner, body, body));
    }
}
