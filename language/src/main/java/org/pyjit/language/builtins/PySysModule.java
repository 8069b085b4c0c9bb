package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;
import static org.pyjit.language.builtins.PyTypeSetup.getset;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyModule;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStructSeq;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;

/** The sys module. */
final class PySysModule {
    private static final PyStdStream STDIN = new PyStdStream(PyStdStream.Kind.IN);
    private static final PyStdStream STDOUT = new PyStdStream(PyStdStream.Kind.OUT);
    private static final PyStdStream STDERR = new PyStdStream(PyStdStream.Kind.ERR);

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
        def(s, "readline", (args, kw) -> {
            PyTypeSetup.checkSelfCount(s, "readline", args, kw, 0, 1);
            long size = readSize(args, false);
            return size < 0 ? ((PyStdStream) args[0]).readLine() : ((PyStdStream) args[0]).readChars(size, true);
        });
        def(s, "read", (args, kw) -> {
            PyTypeSetup.checkSelfCount(s, "read", args, kw, 0, 1);
            long size = readSize(args, true);
            return size < 0 ? ((PyStdStream) args[0]).readAll() : ((PyStdStream) args[0]).readChars(size, false);
        });
        def0(s, "readlines", self -> {
            PyList lines = new PyList();
            for (String line = ((PyStdStream) self).readLine(); !line.isEmpty(); line = ((PyStdStream) self).readLine()) {
                lines.append(line);
            }
            return lines;
        });
        def0(s, "__iter__", self -> {
            ((PyStdStream) self).readable();
            return self;
        });
        def0(s, "__next__", self -> {
            Object line = ((PyStdStream) self).nextOrNull();
            if (line == null) {
                throw PyErrors.stopIteration(null);
            }
            return line;
        });
        getset(s, "name", self -> ((PyStdStream) self).getName(), null);
        def0(s, "isatty", self -> false);
    }

    private PySysModule() {
    }

    private static final String[] VERSION_INFO_FIELDS = {"major", "minor", "micro", "releaselevel", "serial"};
    private static final String[] FLOAT_INFO_FIELDS = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                    "radix", "rounds"};

    /** The named tuples' types (tuple subtypes): a read-only attribute per field; run by PyTypeSetup. */
    static void installStructSeqTypes() {
        fieldAttributes(PyTypes.VERSION_INFO, VERSION_INFO_FIELDS);
        fieldAttributes(PyTypes.FLOAT_INFO, FLOAT_INFO_FIELDS);
        fieldAttributes(PyTypes.STRUCT_TIME, PyTimeModule.STRUCT_TIME_FIELDS);
        getset(PyTypes.STRUCT_TIME, "tm_zone", self -> ((PyStructSeq) self).extra(0), null);
        getset(PyTypes.STRUCT_TIME, "tm_gmtoff", self -> ((PyStructSeq) self).extra(1), null);
    }

    static void fieldAttributes(PyClass type, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            getset(type, fields[i], self -> ((PyStructSeq) self).get(index), null);
        }
    }

    /** The size argument of read() (which takes None) and readline(): -1 (everything) when absent or negative. */
    private static long readSize(Object[] args, boolean noneAllowed) {
        if (args.length < 2 || noneAllowed && args[1] == PyNone.NONE) {
            return -1;
        }
        if (!PyOps.isIndexLike(args[1])) {
            throw PyErrors.typeError(noneAllowed ? "argument should be integer or None, not '" + PyOps.typeName(args[1]) + "'"
                            : "'" + PyOps.typeName(args[1]) + "' object cannot be interpreted as an integer");
        }
        return PyOps.indexAsLongClamped(args[1]);
    }

    /** sys.stdout as the program left it (the default stream until sys is imported and it is replaced). */
    static Object stdout() {
        Object sys = PyContext.get(null).getSysModule();
        return sys == null ? STDOUT : ((PyModule) sys).getAttribute("stdout");
    }

    static PyModule create() {
        PyModule m = new PyModule("sys");
        PyContext.get(null).setSysModule(m);
        PyList argv = new PyList();
        for (String a : PyContext.get(null).getApplicationArguments()) {
            argv.append(a);
        }
        m.setAttribute("argv", argv);
        m.setAttribute("stdin", STDIN);
        m.setAttribute("__stdin__", STDIN);
        m.setAttribute("stdout", STDOUT);
        m.setAttribute("stderr", STDERR);
        m.setAttribute("__stdout__", STDOUT);
        m.setAttribute("__stderr__", STDERR);
        m.setAttribute("maxsize", Long.MAX_VALUE);
        m.setAttribute("byteorder", "little");
        m.setAttribute("platform", "linux");
        m.setAttribute("version", "3.11.7 (pyjit)");
        m.setAttribute("version_info", new PyStructSeq(PyTypes.VERSION_INFO, "sys.version_info", VERSION_INFO_FIELDS, new Object[]{3L, 11L, 7L, "final", 0L}));
        m.setAttribute("float_info", new PyStructSeq(PyTypes.FLOAT_INFO, "sys.float_info", FLOAT_INFO_FIELDS,
                        new Object[]{Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L}));
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
            int n = PyArgs.cInt(args[0]);
            if (n < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            PyContext ctx = PyContext.get(null);
            // CPython counts this call of a C function as one more level
            int depth = ctx.getDepth() + 1;
            if (depth >= n) {
                throw PyErrors.of(PyTypes.RECURSION_ERROR, "cannot set the recursion limit to " + n + " at the recursion depth " + depth + ": the limit is too low");
            }
            ctx.setRecursionLimit(n);
            return PyNone.NONE;
        });
        fn(m, "intern", (args, kw) -> args[0]);
        fn(m, "get_int_max_str_digits", (args, kw) -> {
            PyArgs.none("get_int_max_str_digits", args, kw);
            return (long) PyContext.get(null).getIntMaxStrDigits();
        });
        fn(m, "set_int_max_str_digits", (args, kw) -> {
            Object[] a = PyArgs.bind("set_int_max_str_digits", args, kw, 1, "maxdigits");
            if (a[0] == null) {
                throw PyErrors.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            }
            int n = PyArgs.cInt(a[0]);
            if (n != 0 && n < PyInt.MIN_STR_DIGITS_LIMIT) {
                throw PyErrors.valueError("maxdigits must be 0 or larger than " + PyInt.MIN_STR_DIGITS_LIMIT);
            }
            PyContext.get(null).setIntMaxStrDigits(n);
            return PyNone.NONE;
        });
        return m;
    }

    static void fn(PyModule m, String name, PyBuiltinFunction.Body body) {
        m.setAttribute(name, new PyBuiltinFunction(name, null, body, m.getName()));
    }
}
