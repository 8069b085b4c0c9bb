package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** The sys module. */
final class PySysModule {
    private static final PyStdStream STDOUT = new PyStdStream(false);
    private static final PyStdStream STDERR = new PyStdStream(true);

    /** The methods of the stream objects; run by PyTypeSetup while builtin types may still change. */
    static void installStreamMethods() {
        PyClass s = PyTypes.SYS_STREAM;
        def(s, "write", (args, kw) -> {
            PyTypeSetup.checkSelfCount(s, "write", args, kw, 1, 1);
            if (!(args[1] instanceof String str)) {
                throw PyErrors.typeError("write() argument must be str, not " + PyOps.typeName(args[1]));
            }
            ((PyStdStream) args[0]).write(str);
            return (long) str.length();
        });
        def0(s, "flush", self -> {
            ((PyStdStream) self).flush();
            return PyNone.NONE;
        });
        getset(s, "name", self -> ((PyStdStream) self).getName(), null);
        def0(s, "isatty", self -> false);
    }

    private PySysModule() {
    }

    static PyStdStream stdout() {
        return STDOUT;
    }

    static PyModule create() {
        PyModule m = new PyModule("sys");
        PyList argv = new PyList();
        for (String a : PyContext.get(null).getApplicationArguments()) {
            argv.append(a);
        }
        m.setAttribute("argv", argv);
        m.setAttribute("stdout", STDOUT);
        m.setAttribute("stderr", STDERR);
        m.setAttribute("__stdout__", STDOUT);
        m.setAttribute("__stderr__", STDERR);
        m.setAttribute("maxsize", Long.MAX_VALUE);
        m.setAttribute("byteorder", "little");
        m.setAttribute("platform", "linux");
        m.setAttribute("version", "3.11.7 (pyjit)");
        m.setAttribute("version_info", new PyTuple(new Object[]{3L, 11L, 7L, "final", 0L}));
        m.setAttribute("hexversion", 0x030b07f0L);
        m.setAttribute("executable", "pyjit");
        m.setAttribute("modules", new PyDict());
        m.setAttribute("path", new PyList());
        PyModule impl = new PyModule("implementation");
        impl.setAttribute("name", "pyjit");
        m.setAttribute("implementation", impl);
        fn(m, "exit", (args, kw) -> {
            PyArgs.range("exit", args, kw, 0, 1);
            throw PyErrors.withArgs(PyTypes.SYSTEM_EXIT, args.length == 0 ? new Object[0] : new Object[]{args[0]});
        });
        fn(m, "getrecursionlimit", (args, kw) -> {
            PyArgs.none("getrecursionlimit", args, kw);
            return (long) PyContext.get(null).getRecursionLimit();
        });
        fn(m, "setrecursionlimit", (args, kw) -> {
            PyArgs.exactlyOne("setrecursionlimit", args, kw);
            if (!(args[0] instanceof Long) && !(args[0] instanceof java.math.BigInteger)) {
                throw PyErrors.typeError("'" + PyOps.typeName(args[0]) + "' object cannot be interpreted as an integer");
            }
            long n = PyOps.indexAsLong(args[0]);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            PyContext.get(null).setRecursionLimit((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.NONE;
        });
        fn(m, "getsizeof", (args, kw) -> 64L);
        fn(m, "intern", (args, kw) -> args[0]);
        fn(m, "set_int_max_str_digits", (args, kw) -> PyNone.NONE);
        return m;
    }

    static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, body, m.getName()));
    }
}
