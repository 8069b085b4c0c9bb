package org.pyjit.language.builtins;

import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStrings;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** str.format: replacement fields with auto/manual numbering, names, .attr and [key], conversions and nested specs. */
final class PyStrFormat {
    private final Object[] positional;
    private final PyDict keywords;
    /** -1 before any field, >= 0 when numbering automatically, -2 once numbering manually. */
    private int autoIndex = -1;

    private PyStrFormat(Object[] positional, PyDict keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    @TruffleBoundary
    static String format(String fmt, Object[] positional, PyDict keywords) {
        return new PyStrFormat(positional, keywords).render(fmt, 2);
    }

    private String render(String fmt, int depth) {
        if (depth < 0) {
            throw PyErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw PyErrors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                sb.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                sb.append('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (specs may nest one level of braces).
            int level = 1;
            int j = i + 1;
            while (j < n && level > 0) {
                char d = fmt.charAt(j);
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    level--;
                }
                j++;
            }
            if (level > 0) {
                throw PyErrors.valueError(i + 1 == n ? "Single '{' encountered in format string" : "expected '}' before end of string");
            }
            sb.append(field(fmt.substring(i + 1, j - 1), depth));
            i = j;
        }
        return sb.toString();
    }

    private String field(String field, int depth) {
        int k = 0;
        int n = field.length();
        while (k < n && field.charAt(k) != '!' && field.charAt(k) != ':' && field.charAt(k) != '.' && field.charAt(k) != '[') {
            k++;
        }
        String first = field.substring(0, k);
        Object value = lookupFirst(first);
        while (k < n && (field.charAt(k) == '.' || field.charAt(k) == '[')) {
            if (field.charAt(k) == '.') {
                int e = k + 1;
                while (e < n && field.charAt(e) != '.' && field.charAt(e) != '[' && field.charAt(e) != '!' && field.charAt(e) != ':') {
                    e++;
                }
                String attr = field.substring(k + 1, e);
                if (attr.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                value = PyOps.getAttr(value, attr);
                k = e;
            } else {
                int e = field.indexOf(']', k);
                if (e < 0) {
                    throw PyErrors.valueError("Missing ']' in format string");
                }
                String key = field.substring(k + 1, e);
                if (key.isEmpty()) {
                    throw PyErrors.valueError("Empty attribute in format string");
                }
                Object keyObj = isDigits(key) ? (Object) parseLongKey(key) : key;
                value = PyOps.getItem(value, keyObj);
                k = e + 1;
            }
        }
        char conversion = 0;
        if (k < n && field.charAt(k) == '!') {
            if (k + 1 >= n) {
                throw PyErrors.valueError("end of string while looking for conversion specifier");
            }
            conversion = field.charAt(k + 1);
            k += 2;
            if (k < n && field.charAt(k) != ':') {
                throw PyErrors.valueError("expected ':' after conversion specifier");
            }
        }
        String spec = "";
        if (k < n && field.charAt(k) == ':') {
            spec = field.substring(k + 1);
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, depth - 1);
            }
        } else if (k < n) {
            throw PyErrors.valueError("expected '}' before end of string");
        }
        switch (conversion) {
            case 0:
                break;
            case 'r':
                value = PyOps.repr(value);
                break;
            case 's':
                value = PyOps.str(value);
                break;
            case 'a':
                value = PyStrings.ascii(PyOps.repr(value));
                break;
            default:
                throw PyErrors.valueError("Unknown conversion specifier " + conversion);
        }
        return PyOps.format(value, spec);
    }

    /** A numeric field name or index; CPython rejects ones that overflow its ssize_t. */
    private static long parseLongKey(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw PyErrors.valueError("Too many decimal digits in format string");
        }
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private Object lookupFirst(String name) {
        if (name.isEmpty()) {
            if (autoIndex == -2) {
                throw PyErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            int idx = Math.max(autoIndex, 0);
            autoIndex = idx + 1;
            return positionalAt(idx);
        }
        if (isDigits(name)) {
            if (autoIndex >= 0) {
                throw PyErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            autoIndex = -2;
            return positionalAt(parseLongKey(name));
        }
        Object v = keywords == null ? null : keywords.get(name);
        if (v == null) {
            throw PyErrors.keyError(name);
        }
        return v;
    }

    private Object positionalAt(long idx) {
        if (idx >= positional.length) {
            throw PyErrors.indexError("Replacement index " + idx + " out of range for positional args tuple");
        }
        return positional[(int) idx];
    }
}
