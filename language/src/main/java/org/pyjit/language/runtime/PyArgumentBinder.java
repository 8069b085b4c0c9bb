package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Binds call arguments (vectorcall convention: positional values then keyword values named by
 * kwNames) to a function's parameters, producing the call target's argument array
 * {@code [function, p0, p1, ...]} with CPython's error messages.
 */
public final class PyArgumentBinder {
    private PyArgumentBinder() {
    }

    /** The fast case: exactly the positional parameters, no keywords, no defaults used. */
    public static Object[] bindPositional(PyFunction fn, Object[] args) {
        Object[] frameArgs = new Object[args.length + 1];
        frameArgs[0] = fn;
        System.arraycopy(args, 0, frameArgs, 1, args.length);
        return frameArgs;
    }

    public static Object[] bind(PyFunction fn, Object[] args, String[] kwNames) {
        PyCode code = fn.getCode();
        int nkw = kwNames == null ? 0 : kwNames.length;
        if (nkw == 0 && code.isSimplePositional() && args.length == code.getArgCount()) {
            return bindPositional(fn, args);
        }
        return bindSlow(fn, args, kwNames);
    }

    /** Prepends self to the arguments, for method calls that avoid allocating a bound method. */
    public static Object[] bindMethod(PyFunction fn, Object self, Object[] args, String[] kwNames) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return bind(fn, all, kwNames);
    }

    @TruffleBoundary
    private static Object[] bindSlow(PyFunction fn, Object[] args, String[] kwNames) {
        PyCode code = fn.getCode();
        String[] argNames = code.getArgNames();
        String[] kwOnly = code.getKwOnlyNames();
        int nargs = argNames.length;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        Object[] result = new Object[1 + code.getParameterCount()];
        result[0] = fn;
        int varArgsIndex = 1 + nargs;
        int kwOnlyStart = varArgsIndex + (code.hasVarArgs() ? 1 : 0);
        int varKwIndex = kwOnlyStart + kwOnly.length;

        int take = Math.min(npos, nargs);
        System.arraycopy(args, 0, result, 1, take);
        if (npos > nargs) {
            if (code.hasVarArgs()) {
                Object[] extra = new Object[npos - nargs];
                System.arraycopy(args, nargs, extra, 0, extra.length);
                result[varArgsIndex] = new PyTuple(extra);
            } else {
                throw tooManyPositional(fn, npos, nkw, args, kwNames);
            }
        } else if (code.hasVarArgs()) {
            result[varArgsIndex] = PyTuple.EMPTY;
        }
        PyDict varKw = code.hasVarKeywords() ? new PyDict() : null;
        if (varKw != null) {
            result[varKwIndex] = varKw;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwNames[k];
            Object value = args[npos + k];
            int idx = indexOf(argNames, kw);
            if (idx >= 0 && idx >= code.getPosOnlyCount()) {
                if (result[1 + idx] != null) {
                    throw PyErrors.typeError(callName(fn) + " got multiple values for argument '" + kw + "'");
                }
                result[1 + idx] = value;
                continue;
            }
            int kidx = indexOf(kwOnly, kw);
            if (kidx >= 0) {
                result[kwOnlyStart + kidx] = value;
                continue;
            }
            if (varKw != null) {
                if (varKw.get(kw) != null) {
                    throw PyErrors.typeError(callName(fn) + " got multiple values for keyword argument '" + kw + "'");
                }
                varKw.put(kw, value);
                continue;
            }
            if (idx >= 0) {
                if (posOnlyAsKw == null) {
                    posOnlyAsKw = new ArrayList<>();
                }
                posOnlyAsKw.add(kw);
                continue;
            }
            throw PyErrors.typeError(callName(fn) + " got an unexpected keyword argument '" + kw + "'");
        }
        if (posOnlyAsKw != null) {
            throw PyErrors.typeError(callName(fn) + " got some positional-only arguments passed as keyword arguments: '" + String.join(", ", posOnlyAsKw) + "'");
        }
        Object[] defaults = fn.getDefaults();
        int ndef = defaults == null ? 0 : defaults.length;
        int firstDefault = nargs - ndef;
        List<String> missing = null;
        for (int i = 0; i < nargs; i++) {
            if (result[1 + i] == null) {
                if (i >= firstDefault) {
                    result[1 + i] = defaults[i - firstDefault];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(argNames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(callName(fn), missing, "positional");
        }
        Object[] kwDefaults = fn.getKwDefaults();
        for (int i = 0; i < kwOnly.length; i++) {
            if (result[kwOnlyStart + i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[i];
                if (d != null) {
                    result[kwOnlyStart + i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(kwOnly[i]);
                }
            }
        }
        if (missing != null) {
            throw missingError(callName(fn), missing, "keyword-only");
        }
        return result;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The function's name as its errors print it; built only on the way to an error. */
    private static String callName(PyFunction fn) {
        return fn.getQualName() + "()";
    }

    private static PyException missingError(String fname, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder(fname).append(" missing ").append(missing.size()).append(" required ").append(kind).append(" argument");
        if (missing.size() > 1) {
            sb.append('s');
        }
        sb.append(": ");
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(sb.toString());
    }

    private static PyException tooManyPositional(PyFunction fn, int given, int nkw, Object[] args, String[] kwNames) {
        PyCode code = fn.getCode();
        int nargs = code.getArgCount();
        int ndef = fn.getDefaults() == null ? 0 : fn.getDefaults().length;
        String takes;
        if (ndef > 0) {
            takes = "from " + (nargs - ndef) + " to " + nargs + " positional arguments";
        } else {
            takes = nargs + " positional argument" + (nargs == 1 ? "" : "s");
        }
        int kwOnlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            if (indexOf(code.getKwOnlyNames(), kwNames[k]) >= 0) {
                kwOnlyGiven++;
            }
        }
        String given2 = given + (given == 1 ? " was" : " were");
        if (kwOnlyGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") +
                            ") " + (given == 1 ? "was" : "were");
        }
        return PyErrors.typeError(fn.getQualName() + "() takes " + takes + " but " + given2 + " given");
    }
}
