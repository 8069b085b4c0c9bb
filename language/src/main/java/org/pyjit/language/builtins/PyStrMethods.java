package org.pyjit.language.builtins;

import static org.pyjit.language.builtins.PyTypeSetup.checkSelfCount;
import static org.pyjit.language.builtins.PyTypeSetup.def;
import static org.pyjit.language.builtins.PyTypeSetup.def0;

import java.math.BigInteger;
import java.util.Locale;
import java.util.function.IntPredicate;

import org.pyjit.language.runtime.PyBuiltinFunction;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyCodePoints;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyInt;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyStaticMethod;
import org.pyjit.language.runtime.PyStrings;
import org.pyjit.language.runtime.PyTuple;
import org.pyjit.language.runtime.PyTypes;
import org.pyjit.language.runtime.PyUnicodeNumeric;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The methods of str. */
final class PyStrMethods {
    private static final PyClass C = PyTypes.STR;

    private PyStrMethods() {
    }

    private static String self(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof String s)) {
            throw PyErrors.typeError("descriptor requires a 'str' object but received a '" + (args.length == 0 ? "nothing" : PyOps.typeName(args[0])) + "'");
        }
        return s;
    }

    private static String strArg(String fname, Object v, int pos) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fname + "() argument " + pos + " must be str, not " + PyArgs.badArgumentType(v));
    }

    /** The str argument of find, index, count and partition: CPython's parser of theirs gives a bare message. */
    private static String bareStrArg(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("must be str, not " + PyOps.typeName(v));
    }

    /** The one argument of removeprefix and removesuffix. */
    private static String onlyStrArg(String fname, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw PyErrors.typeError(fname + "() argument must be str, not " + PyArgs.badArgumentType(v));
    }

    /** str.partition(sep), or rpartition at the last occurrence. */
    private static PyTuple partition(String s, Object sepArg, boolean last) {
        String sep = bareStrArg(sepArg);
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = last ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (i < 0) {
            return new PyTuple(last ? new Object[]{"", "", s} : new Object[]{s, "", ""});
        }
        return new PyTuple(new Object[]{s.substring(0, i), sep, s.substring(i + sep.length())});
    }

    static void install() {
        def(C, "join", (args, kw) -> {
            checkSelfCount(C, "join", args, kw, 1, 1);
            return join(self(args), args[1]);
        });
        def(C, "split", (args, kw) -> split(self(args), args, kw, "split", false));
        def(C, "rsplit", (args, kw) -> split(self(args), args, kw, "rsplit", true));
        def(C, "strip", (args, kw) -> strip(self(args), args, kw, "strip", true, true));
        def(C, "lstrip", (args, kw) -> strip(self(args), args, kw, "lstrip", true, false));
        def(C, "rstrip", (args, kw) -> strip(self(args), args, kw, "rstrip", false, true));
        def(C, "replace", (args, kw) -> {
            checkSelfCount(C, "replace", args, kw, 2, 3);
            String s = self(args);
            String old = strArg("replace", args[1], 1);
            String rep = strArg("replace", args[2], 2);
            long count = args.length > 3 ? PyOps.indexAsLong(args[3]) : -1;
            return replace(s, old, rep, count);
        });
        def(C, "startswith", (args, kw) -> startsEnds(self(args), args, kw, "startswith", true));
        def(C, "endswith", (args, kw) -> startsEnds(self(args), args, kw, "endswith", false));
        def(C, "find", (args, kw) -> (long) find(self(args), args, kw, "find", false));
        def(C, "rfind", (args, kw) -> (long) find(self(args), args, kw, "rfind", true));
        def(C, "index", (args, kw) -> {
            int r = find(self(args), args, kw, "index", false);
            if (r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return (long) r;
        });
        def(C, "rindex", (args, kw) -> {
            int r = find(self(args), args, kw, "rindex", true);
            if (r < 0) {
                throw PyErrors.valueError("substring not found");
            }
            return (long) r;
        });
        def(C, "count", (args, kw) -> {
            String s = self(args);
            subArgs("count", args, kw);
            int[] r = bounds(s, args, 2);
            String sub = bareStrArg(args[1]);
            if (r[0] > s.length()) {
                return 0L;
            }
            String region = s.substring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) {
                return (long) PyCodePoints.length(region) + 1;
            }
            long n = 0;
            int at = 0;
            while ((at = region.indexOf(sub, at)) >= 0) {
                n++;
                at += sub.length();
            }
            return n;
        });
        def0(C, "upper", s -> PyStrCase.upper((String) s));
        def0(C, "lower", s -> PyStrCase.lower((String) s));
        def0(C, "casefold", s -> PyStrCase.casefold((String) s));
        def0(C, "swapcase", s -> PyStrCase.swapcase((String) s));
        def0(C, "title", s -> PyStrCase.title((String) s));
        def0(C, "capitalize", s -> PyStrCase.capitalize((String) s));
        def0(C, "isdigit", s -> all((String) s, PyUnicodeNumeric::isDigit));
        def0(C, "isdecimal", s -> all((String) s, PyUnicodeNumeric::isDecimal));
        def0(C, "isnumeric", s -> all((String) s, PyUnicodeNumeric::isNumeric));
        def0(C, "isalpha", s -> all((String) s, Character::isLetter));
        def0(C, "isalnum", s -> all((String) s, PyUnicodeNumeric::isAlnum));
        def0(C, "isspace", s -> all((String) s, PyStrings::isWhitespace));
        def0(C, "isascii", s -> {
            String str = (String) s;
            for (int i = 0; i < str.length(); i++) {
                if (str.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        });
        def0(C, "isprintable", s -> {
            String str = (String) s;
            for (int i = 0; i < str.length();) {
                int c = str.codePointAt(i);
                if (!PyStrings.isPrintable(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
            return true;
        });
        def0(C, "isidentifier", s -> {
            String str = (String) s;
            if (str.isEmpty() || !(Character.isLetter(str.codePointAt(0)) || str.charAt(0) == '_')) {
                return false;
            }
            return all(str, c -> Character.isLetterOrDigit(c) || c == '_');
        });
        def0(C, "isupper", s -> casedCheck((String) s, true));
        def0(C, "islower", s -> casedCheck((String) s, false));
        def0(C, "istitle", s -> {
            String str = (String) s;
            return !str.isEmpty() && PyStrCase.title(str).equals(str) && !str.toLowerCase(Locale.ROOT).equals(str.toUpperCase(Locale.ROOT));
        });
        def(C, "zfill", (args, kw) -> {
            checkSelfCount(C, "zfill", args, kw, 1, 1);
            String s = self(args);
            long w = PyOps.indexAsLong(args[1]);
            int len = PyCodePoints.length(s);
            if (w <= len) {
                return s;
            }
            int fill = PyErrors.checkedLength(w, 1) - len;
            if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                return s.charAt(0) + "0".repeat(fill) + s.substring(1);
            }
            return "0".repeat(fill) + s;
        });
        def(C, "ljust", (args, kw) -> justify(self(args), args, kw, "ljust", 'l'));
        def(C, "rjust", (args, kw) -> justify(self(args), args, kw, "rjust", 'r'));
        def(C, "center", (args, kw) -> justify(self(args), args, kw, "center", 'c'));
        def(C, "format", (args, kw) -> {
            String s = self(args);
            int nkw = PyArgs.kwCount(kw);
            Object[] pos = new Object[args.length - 1 - nkw];
            System.arraycopy(args, 1, pos, 0, pos.length);
            PyDict kwd = new PyDict();
            for (int i = 0; i < nkw; i++) {
                kwd.put(kw[i], args[args.length - nkw + i]);
            }
            return PyStrFormat.format(s, pos, kwd);
        });
        def(C, "format_map", (args, kw) -> {
            checkSelfCount(C, "format_map", args, kw, 1, 1);
            if (!(args[1] instanceof PyDict d)) {
                throw PyErrors.typeError("format_map() argument must be a dict");
            }
            return PyStrFormat.format(self(args), new Object[0], d);
        });
        def(C, "splitlines", (args, kw) -> {
            Object[] a = PyArgs.bind("splitlines", PyArgs.positionalAfterSelf(args, kw), PyArgs.kwOnly(kw), 1, "keepends");
            return splitlines(self(args), a[0] != null && PyArgs.cInt(a[0]) != 0);
        });
        def(C, "partition", (args, kw) -> {
            checkSelfCount(C, "partition", args, kw, 1, 1);
            return partition(self(args), args[1], false);
        });
        def(C, "rpartition", (args, kw) -> {
            checkSelfCount(C, "rpartition", args, kw, 1, 1);
            return partition(self(args), args[1], true);
        });
        def(C, "removeprefix", (args, kw) -> {
            checkSelfCount(C, "removeprefix", args, kw, 1, 1);
            String s = self(args);
            String p = onlyStrArg("removeprefix", args[1]);
            return s.startsWith(p) ? s.substring(p.length()) : s;
        });
        def(C, "removesuffix", (args, kw) -> {
            checkSelfCount(C, "removesuffix", args, kw, 1, 1);
            String s = self(args);
            String p = onlyStrArg("removesuffix", args[1]);
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        });
        def(C, "expandtabs", (args, kw) -> {
            Object[] a = PyArgs.bind("expandtabs", PyArgs.positionalAfterSelf(args, kw), PyArgs.kwOnly(kw), 1, "tabsize");
            long ts = a[0] == null ? 8 : PyArgs.cInt(a[0]);
            String s = self(args);
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    if (ts > 0) {
                        int n = (int) (ts - col % ts);
                        sb.append(" ".repeat(n));
                        col += n;
                    }
                } else {
                    sb.append(c);
                    // A surrogate pair is one column (its high half counts).
                    col = (c == '\n' || c == '\r') ? 0 : Character.isLowSurrogate(c) ? col : col + 1;
                }
            }
            return sb.toString();
        });
        def(C, "encode", (args, kw) -> {
            throw PyErrors.notImplementedError("pyjit does not support bytes (str.encode)");
        });
        def(C, "translate", (args, kw) -> {
            checkSelfCount(C, "translate", args, kw, 1, 1);
            return translate((String) args[0], args[1]);
        });
        C.setAttribute("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", null, (args, kw) -> {
            PyArgs.range("maketrans", args, kw, 1, 3);
            return makeTranslation(args);
        })));
        PyMiscMethods.installSequenceDunders(C);
    }

    /** s.translate(table): each character looked up by its code point; None deletes it, a missing key keeps it. */
    @TruffleBoundary
    private static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object to;
            if (table instanceof PyDict d && d.getPyClass() == PyTypes.DICT) {
                to = d.get((long) c);
            } else {
                try {
                    to = PyOps.getItem(table, (long) c);
                } catch (PyException e) {
                    if (!PyOps.isInstance(e.getPyException(), PyTypes.LOOKUP_ERROR)) {
                        throw e;
                    }
                    to = null;
                }
            }
            if (to == null) {
                sb.appendCodePoint(c);
            } else if (to instanceof String str) {
                sb.append(str);
            } else if (PyInt.isInt(to)) {
                long n = to instanceof BigInteger ? -1 : PyInt.toLong(to);
                if (n < 0 || n > Character.MAX_CODE_POINT) {
                    throw PyErrors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) n);
            } else if (to != PyNone.NONE) {
                throw PyErrors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /** str.maketrans(dict) or str.maketrans(from, to[, delete]): a dict from code points to what replaces them. */
    @TruffleBoundary
    private static PyDict makeTranslation(Object[] args) {
        PyDict table = new PyDict();
        if (args.length == 1) {
            if (!(args[0] instanceof PyDict d)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (Object key : d.keys()) {
                Object value = d.get(key);
                if (key instanceof String k) {
                    if (k.codePointCount(0, k.length()) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    table.put((long) k.codePointAt(0), value);
                } else if (PyInt.isInt(key)) {
                    table.put(key, value);
                } else {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        for (int i = 0; i < args.length; i++) {
            if (!(args[i] instanceof String)) {
                throw PyErrors.typeError("maketrans() argument " + (i + 1) + " must be str, not " + PyOps.typeName(args[i]));
            }
        }
        int[] from = ((String) args[0]).codePoints().toArray();
        int[] to = ((String) args[1]).codePoints().toArray();
        if (from.length != to.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < from.length; i++) {
            table.put((long) from[i], (long) to[i]);
        }
        if (args.length == 3) {
            ((String) args[2]).codePoints().forEach(c -> table.put((long) c, PyNone.NONE));
        }
        return table;
    }

    private static boolean all(String s, IntPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!p.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean casedCheck(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            if (upper ? Character.isUpperCase(c) : Character.isLowerCase(c)) {
                cased = true;
            }
        }
        return cased;
    }

    @TruffleBoundary
    static String join(String sep, Object iterable) {
        Object[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.getArray();
        } else {
            if (!PyOps.isIterable(iterable)) {
                throw PyErrors.typeError("can only join an iterable");
            }
            items = PyOps.toArray(iterable);
        }
        return joinItems(sep, items, items.length);
    }

    /**
     * {@code sep.join(list)} from a call site that checked the receiver and the argument: a list of
     * objects is read in place, where join copies it first (nothing it calls can change the list).
     */
    @TruffleBoundary
    static String joinList(String sep, PyList list) {
        Object[] items = list.objectItems();
        return items == null ? join(sep, list) : joinItems(sep, items, list.size());
    }

    /** The first {@code count} of {@code items} joined by {@code sep}. */
    private static String joinItems(String sep, Object[] items, int count) {
        long length = (long) sep.length() * Math.max(count - 1, 0);
        for (int i = 0; i < count; i++) {
            if (!(items[i] instanceof String s)) {
                throw PyErrors.typeError("sequence item " + i + ": expected str instance, " + PyOps.typeName(items[i]) + " found");
            }
            length += s.length();
        }
        if (count <= 2) {
            // A word of two syllables: concat copies each part once, with no builder to size and copy out of.
            String first = count == 0 ? "" : (String) items[0];
            return count < 2 ? first : sep.isEmpty() ? first.concat((String) items[1]) : first.concat(sep).concat((String) items[1]);
        }
        StringBuilder sb = new StringBuilder((int) Math.min(length, Integer.MAX_VALUE - 8));
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append((String) items[i]);
        }
        return sb.toString();
    }

    /**
     * {@code s.split(None, max)}: the runs of non-whitespace characters, at most {@code max} splits.
     * No boundary but around the substrings: {@code s.split()} scans the characters in the caller's
     * compiled code ({@link PyInlinedMethods#split}).
     */
    static PyList splitWhitespace(String s, long max) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        long splits = 0;
        while (true) {
            while (i < n && PyStrings.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (splits >= max) {
                // Like CPython, the rest keeps its trailing whitespace.
                out.appendInline(substring(s, i, n));
                break;
            }
            int j = i;
            while (j < n && !PyStrings.isWhitespace(s.charAt(j))) {
                j++;
            }
            out.appendInline(substring(s, i, j));
            splits++;
            i = j;
        }
        return out;
    }

    /** Graal's partial evaluation cannot take String.substring's bounds checks (their message formatting). */
    @TruffleBoundary
    private static String substring(String s, int begin, int end) {
        return s.substring(begin, end);
    }

    @TruffleBoundary
    private static Object split(String s, Object[] args, String[] kw, String fname, boolean fromRight) {
        Object sepObj = PyNone.NONE;
        long max = Long.MAX_VALUE;
        // s.split() binds nothing: binding cost three small arrays per call.
        if (args.length > 1 || PyArgs.kwCount(kw) > 0) {
            Object[] a = PyArgs.bind(fname, PyArgs.positionalAfterSelf(args, kw), PyArgs.kwOnly(kw), 2, "sep", "maxsplit");
            sepObj = a[0] == null ? PyNone.NONE : a[0];
            max = a[1] == null ? -1 : PyOps.indexAsLong(a[1]);
            if (max < 0) {
                max = Long.MAX_VALUE;
            }
        }
        if (sepObj == PyNone.NONE && !fromRight) {
            return splitWhitespace(s, max);
        }
        PyList out = new PyList();
        if (sepObj == PyNone.NONE) {
            java.util.ArrayList<String> parts = new java.util.ArrayList<>();
            int i = s.length();
            long splits = 0;
            while (true) {
                while (i > 0 && PyStrings.isWhitespace(s.charAt(i - 1))) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                if (splits >= max) {
                    // Like CPython, the rest keeps its leading whitespace.
                    parts.add(s.substring(0, i));
                    break;
                }
                int j = i;
                while (j > 0 && !PyStrings.isWhitespace(s.charAt(j - 1))) {
                    j--;
                }
                parts.add(s.substring(j, i));
                splits++;
                i = j;
            }
            for (int k = parts.size() - 1; k >= 0; k--) {
                out.append(parts.get(k));
            }
            return out;
        }
        if (!(sepObj instanceof String sep)) {
            throw PyErrors.typeError("must be str or None, not " + PyOps.typeName(sepObj));
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        if (!fromRight) {
            int i = 0;
            long splits = 0;
            while (splits < max) {
                int j = s.indexOf(sep, i);
                if (j < 0) {
                    break;
                }
                out.append(s.substring(i, j));
                i = j + sep.length();
                splits++;
            }
            out.append(s.substring(i));
            return out;
        }
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int end = s.length();
        long splits = 0;
        while (splits < max) {
            int j = s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            parts.add(s.substring(j + sep.length(), end));
            end = j;
            splits++;
        }
        parts.add(s.substring(0, end));
        for (int k = parts.size() - 1; k >= 0; k--) {
            out.append(parts.get(k));
        }
        return out;
    }

    private static Object strip(String s, Object[] args, String[] kw, String fname, boolean left, boolean right) {
        checkSelfCount(C, fname, args, kw, 0, 1);
        Object chars = args.length > 1 ? args[1] : PyNone.NONE;
        String cs = null;
        if (chars != PyNone.NONE) {
            if (!(chars instanceof String c)) {
                throw PyErrors.typeError(fname + " arg must be None or str");
            }
            cs = c;
        }
        return stripped(s, cs, left, right);
    }

    /** {@code s} without the leading ({@code left}) and trailing ({@code right}) chars of {@code cs}, whitespace if null. */
    static String stripped(String s, String cs, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j && (cs == null ? PyStrings.isWhitespace(s.charAt(i)) : cs.indexOf(s.charAt(i)) >= 0)) {
                i++;
            }
        }
        if (right) {
            while (j > i && (cs == null ? PyStrings.isWhitespace(s.charAt(j - 1)) : cs.indexOf(s.charAt(j - 1)) >= 0)) {
                j--;
            }
        }
        return s.substring(i, j);
    }

    @TruffleBoundary
    static String replace(String s, String old, String rep, long count) {
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        if (old.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            long n = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (n < count) {
                    sb.append(rep);
                    n++;
                }
                if (i < s.length()) {
                    sb.append(s.charAt(i));
                }
            }
            return sb.toString();
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        long n = 0;
        while (n < count) {
            int j = s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(rep);
            i = j + old.length();
            n++;
        }
        sb.append(s, i, s.length());
        return sb.toString();
    }

    /** start/end arguments (args[from], args[from+1]) with slice semantics. */
    private static int[] bounds(String s, Object[] args, int from) {
        // Arguments count code points; the result is in Java indexes (see PyCodePoints).
        boolean bmpOnly = PyCodePoints.isBmpOnly(s);
        int len = bmpOnly ? s.length() : PyCodePoints.length(s);
        long start = args.length > from && args[from] != PyNone.NONE ? PyOps.sliceIndex(args[from]) : 0;
        long end = args.length > from + 1 && args[from + 1] != PyNone.NONE ? PyOps.sliceIndex(args[from + 1]) : len;
        if (start < 0) {
            start = Math.max(0, start + len);
        }
        if (end < 0) {
            end = Math.max(0, end + len);
        }
        end = Math.min(end, len);
        int st = (int) Math.min(start, len + 1L);
        if (!bmpOnly) {
            return new int[]{st > len ? s.length() + 1 : PyCodePoints.toJavaIndex(s, st), PyCodePoints.toJavaIndex(s, (int) end)};
        }
        return new int[]{st, (int) end};
    }

    /** The arguments of find, count, startswith and the like (CPython parses "O|OO:name"): one to three, none by name. */
    private static void subArgs(String fname, Object[] args, String[] kw) {
        PyArgs.noKeywords("str." + fname, kw);
        if (args.length < 2) {
            throw PyErrors.typeError(fname + "() takes at least 1 argument (0 given)");
        }
        if (args.length > 4) {
            throw PyErrors.typeError(fname + "() takes at most 3 arguments (" + (args.length - 1) + " given)");
        }
    }

    private static int find(String s, Object[] args, String[] kw, String fname, boolean fromRight) {
        subArgs(fname, args, kw);
        // CPython converts the bounds before it looks at the substring
        int[] r = bounds(s, args, 2);
        String sub = bareStrArg(args[1]);
        if (r[0] > s.length() || r[1] - r[0] < sub.length()) {
            return -1;
        }
        int i;
        if (fromRight) {
            i = s.lastIndexOf(sub, r[1] - sub.length());
            i = i >= r[0] ? i : -1;
        } else {
            i = s.indexOf(sub, r[0]);
            i = i >= 0 && i + sub.length() <= r[1] ? i : -1;
        }
        return i > 0 ? PyCodePoints.toCodePointIndex(s, i) : i;
    }

    private static Object startsEnds(String s, Object[] args, String[] kw, String fname, boolean starts) {
        subArgs(fname, args, kw);
        Object p = args[1];
        int[] r = bounds(s, args, 2);
        Object[] prefixes;
        if (p instanceof String) {
            prefixes = new Object[]{p};
        } else if (p instanceof PyTuple t) {
            prefixes = t.getArray();
        } else {
            throw PyErrors.typeError(fname + " first arg must be str or a tuple of str, not " + PyOps.typeName(p));
        }
        // a start past the end matches nothing, but each item of a tuple is still checked, in order
        String region = r[0] > s.length() ? null : s.substring(r[0], Math.max(r[0], r[1]));
        for (Object o : prefixes) {
            if (!(o instanceof String ps)) {
                throw PyErrors.typeError("tuple for " + fname + " must only contain str, not " + PyOps.typeName(o));
            }
            if (region != null && (starts ? region.startsWith(ps) : region.endsWith(ps))) {
                return true;
            }
        }
        return false;
    }

    private static Object justify(String s, Object[] args, String[] kw, String fname, char mode) {
        checkSelfCount(C, fname, args, kw, 1, 2);
        long w = PyOps.indexAsLong(args[1]);
        String fill = " ";
        if (args.length > 2) {
            if (!(args[2] instanceof String f)) {
                throw PyErrors.typeError("The fill character must be a unicode character, not " + PyOps.typeName(args[2]));
            }
            if (PyCodePoints.length(f) != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
            fill = f;
        }
        int len = PyCodePoints.length(s);
        if (w <= len) {
            return s;
        }
        int pad = PyErrors.checkedLength(w, 1) - len;
        switch (mode) {
            case 'l':
                return s + fill.repeat(pad);
            case 'r':
                return fill.repeat(pad) + s;
            default:
                int left = pad / 2 + (pad & (int) w & 1);
                return fill.repeat(left) + s + fill.repeat(pad - left);
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    @TruffleBoundary
    static PyList splitlines(String s, boolean keepends) {
        PyList out = new PyList();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
            }
            out.append(s.substring(i, keepends ? j : eol));
            i = j;
        }
        return out;
    }
}
