package org.pyjit.language.builtins;

import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;

/** Argument checking for builtins, with CPython's messages. */
final class PyArgs {
    private PyArgs() {
    }

    static int kwCount(String[] kwNames) {
        return kwNames == null ? 0 : kwNames.length;
    }

    static void noKeywords(String fname, String[] kwNames) {
        if (kwCount(kwNames) > 0) {
            throw PyErrors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** METH_O style: exactly one positional argument. */
    static void exactlyOne(String fname, Object[] args, String[] kwNames) {
        noKeywords(fname, kwNames);
        if (args.length != 1) {
            throw PyErrors.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    /** METH_NOARGS style: no argument. */
    static void none(String fname, Object[] args, String[] kwNames) {
        noKeywords(fname, kwNames);
        if (args.length != 0) {
            throw PyErrors.typeError(fname + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** Argument-clinic style positional count check: {@code fname expected at least/most N arguments, got M}. */
    static void range(String fname, Object[] args, String[] kwNames, int min, int max) {
        noKeywords(fname, kwNames);
        int n = args.length;
        if (n < min || n > max) {
            if (min == max) {
                throw PyErrors.typeError(fname + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            if (n < min) {
                throw PyErrors.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw PyErrors.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Binds positional and keyword arguments to parameter names (null where not given), with the
     * messages of CPython's argument clinic ({@code 'x' is an invalid keyword argument for split()}).
     */
    static Object[] bind(String fname, Object[] args, String[] kwNames, int maxPositional, String... names) {
        return bind(fname, args, kwNames, 0, maxPositional, names);
    }

    /** The same where the first {@code positionalOnly} parameters cannot be given by name. */
    static Object[] bind(String fname, Object[] args, String[] kwNames, int positionalOnly, int maxPositional, String... names) {
        int nkw = kwCount(kwNames);
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw PyErrors.typeError(fname + "() takes at most " + names.length + " " + (npos == 0 ? "keyword " : "") + "argument" +
                            (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) {
                throw PyErrors.typeError(fname + "() takes no positional arguments");
            }
            throw PyErrors.typeError(fname + "() takes at most " + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] r = new Object[names.length];
        System.arraycopy(args, 0, r, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kn = kwNames[k];
            int idx = -1;
            for (int j = positionalOnly; j < names.length; j++) {
                if (names[j].equals(kn)) {
                    idx = j;
                    break;
                }
            }
            if (idx < 0) {
                throw invalidKeyword(fname, kn);
            }
            if (r[idx] != null) {
                throw PyErrors.typeError("argument for " + fname + "() given by name ('" + kn + "') and position (" + (idx + 1) + ")");
            }
            r[idx] = args[npos + k];
        }
        return r;
    }

    /** A keyword argument that a builtin has no parameter for. */
    static PyException invalidKeyword(String fname, String keyword) {
        return PyErrors.typeError("'" + keyword + "' is an invalid keyword argument for " + fname + "()");
    }

    static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    /** The positional arguments only (keyword values stripped). */
    static Object[] positional(Object[] args, String[] kwNames) {
        int nkw = kwCount(kwNames);
        if (nkw == 0) {
            return args;
        }
        Object[] r = new Object[args.length - nkw];
        System.arraycopy(args, 0, r, 0, r.length);
        return r;
    }

    static String requireStr(String fname, Object v, int argNo) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fname + "() argument " + argNo + " must be str, not " + badArgumentType(v));
    }

    /** An int argument that CPython converts to a C int (str.splitlines' keepends, str.expandtabs' tabsize). */
    static int cInt(Object v) {
        Object i = PyOps.index(v);
        if (!(i instanceof Long l) || l != (int) (long) l) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** How CPython's argument parser names a wrong argument's type: None as "None", else the type's name. */
    static String badArgumentType(Object v) {
        return v == PyNone.NONE ? "None" : PyOps.typeName(v);
    }

    /** An index-like argument as an int (list.insert, str.center, ...). */
    static long asLong(Object v) {
        return PyOps.indexAsLong(v);
    }

    /** For methods: the arguments after self, keyword values kept at the end (pair with {@link #kwOnly}). */
    static Object[] positionalAfterSelf(Object[] args, String[] kwNames) {
        Object[] r = new Object[args.length - 1];
        System.arraycopy(args, 1, r, 0, r.length);
        return r;
    }

    static String[] kwOnly(String[] kwNames) {
        return kwNames;
    }
}
