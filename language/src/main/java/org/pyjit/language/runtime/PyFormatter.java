package org.pyjit.language.runtime;

import java.math.BigInteger;

import org.pyjit.language.PyContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** format(value, spec): the format-spec mini language for int, float, str and bool, and {@code __format__} of user classes. */
public final class PyFormatter {
    private PyFormatter() {
    }

    /** A parsed {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean zeroNegative;
        boolean alternate;
        boolean zeroPad;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    @TruffleBoundary
    static Spec parse(String s, Object value) {
        Spec sp = new Spec();
        int i = 0;
        int n = s.length();
        boolean explicitFill = n >= 2 && isAlign(s.charAt(1));
        if (explicitFill) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(s.charAt(0))) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == ' ')) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            sp.zeroNegative = true;
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alternate = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zeroPad = true;
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            sp.width = parseNum(s.substring(start, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
            if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            sp.precision = parseNum(s.substring(start, i));
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        }
        if (i < n) {
            throw PyErrors.valueError("Invalid format specifier '" + s + "' for object of type '" + PyOps.typeName(value) + "'");
        }
        if (sp.grouping != 0) {
            checkGrouping(sp.grouping, sp.type != 0 ? sp.type : value instanceof String ? 's' : 0);
        }
        // The 0 flag pads with zeros unless a fill is given, also with an explicit alignment.
        if (sp.zeroPad) {
            if (!explicitFill) {
                sp.fill = '0';
            }
            if (sp.align == 0) {
                sp.align = value instanceof String ? '<' : '=';
            }
        }
        return sp;
    }

    /**
     * A separator is checked against the presentation type (a str's default is 's') before the type
     * itself, as CPython's spec parser does: ',' goes with decimal and float types, '_' also with
     * b, o, x and X.
     */
    private static void checkGrouping(char grouping, char type) {
        boolean allowed = type == 0 || "defgEG%F".indexOf(type) >= 0 || grouping == '_' && "boxX".indexOf(type) >= 0;
        if (!allowed) {
            String shown = type > 32 && type < 128 ? String.valueOf(type) : "\\x" + Integer.toHexString(type);
            throw PyErrors.valueError("Cannot specify '" + grouping + "' with '" + shown + "'.");
        }
    }

    private static int parseNum(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw PyErrors.valueError("Too many decimal digits in format string");
        }
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    @TruffleBoundary
    public static String format(Object value, String spec) {
        if (value instanceof PyInstance) {
            Object f = PyAttributes.overrideOf(PyOps.typeOf(value), "__format__");
            if (f != null) {
                Object r = PyOps.callUnbound(f, value, new Object[]{spec}, null);
                if (!(r instanceof String s)) {
                    throw PyErrors.typeError("__format__ must return a str, not " + PyOps.typeName(r));
                }
                return s;
            }
        }
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatString(s, parse(spec, value));
        }
        if (value instanceof Boolean b && spec.isEmpty()) {
            return b ? "True" : "False";
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            if (spec.isEmpty()) {
                return PyInt.toString(value, 10);
            }
            return formatInt(value, parse(spec, value));
        }
        if (value instanceof Double d) {
            if (spec.isEmpty()) {
                return PyFloatFormat.repr(d);
            }
            return formatFloat(d, parse(spec, value), "float");
        }
        if (spec.isEmpty()) {
            // object.__format__, a C method whose call takes a level of the recursion limit, then str()
            PyContext ctx = PyContext.get(null);
            ctx.enterRuntimeCall(" while calling a Python object");
            try {
                return PyOps.str(value);
            } finally {
                ctx.exitFrame();
            }
        }
        throw PyErrors.typeError("unsupported format string passed to " + PyOps.typeName(value) + ".__format__");
    }

    private static String formatString(String s, Spec sp) {
        if (sp.type != 0 && sp.type != 's') {
            throw unknownCode(sp.type, "str");
        }
        if (sp.sign != 0) {
            throw PyErrors.valueError("Sign not allowed in string format specifier");
        }
        if (sp.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (sp.precision >= 0 && PyCodePoints.length(s) > sp.precision) {
            s = s.substring(0, PyCodePoints.toJavaIndex(s, sp.precision));
        }
        return pad(s, "", sp, '<');
    }

    private static PyException unknownCode(char c, String type) {
        return PyErrors.valueError("Unknown format code '" + c + "' for object of type '" + type + "'");
    }

    /** Pads body (digits, without sign) with its sign prefix according to the spec's alignment. */
    private static String pad(String body, String prefix, Spec sp, char defaultAlign) {
        int len = PyCodePoints.length(body) + prefix.length();
        if (sp.width <= len) {
            return prefix + body;
        }
        int padding = sp.width - len;
        char align = sp.align == 0 ? defaultAlign : sp.align;
        String fill = String.valueOf(sp.fill);
        switch (align) {
            case '<':
                return prefix + body + fill.repeat(padding);
            case '^':
                return fill.repeat(padding / 2) + prefix + body + fill.repeat(padding - padding / 2);
            case '=':
                return prefix + fill.repeat(padding) + body;
            default:
                return fill.repeat(padding) + prefix + body;
        }
    }

    private static String signPrefix(boolean negative, Spec sp) {
        if (negative) {
            return "-";
        }
        if (sp.sign == '+') {
            return "+";
        }
        if (sp.sign == ' ') {
            return " ";
        }
        return "";
    }

    /** Inserts a separator every {@code group} digits of the integer part of {@code digits}. */
    private static String group(String digits, char sep, int group) {
        int dot = intPartEnd(digits, group);
        String intPart = digits.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        int cnt = 0;
        for (int i = intPart.length() - 1; i >= 0; i--) {
            sb.append(intPart.charAt(i));
            if (++cnt % group == 0 && i > 0) {
                sb.append(sep);
            }
        }
        return sb.reverse().toString() + digits.substring(dot);
    }

    /** Where the integer part of formatted digits ends (groups of 4 are radix digits, where 'e' is a digit). */
    private static int intPartEnd(String digits, int groupSize) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            boolean digit = (groupSize == 4 ? Character.isLetterOrDigit(c) : Character.isDigit(c)) || c == ',' || c == '_';
            if (!digit) {
                return i;
            }
        }
        return digits.length();
    }

    /** Zero padding with '=' alignment and grouping: the zeros are grouped too, like CPython. */
    private static String groupedZeroPad(String body, String prefix, Spec sp, int groupSize) {
        if (sp.grouping != 0 && sp.fill == '0' && sp.align == '=' && sp.width > body.length() + prefix.length()) {
            int dot = intPartEnd(body, groupSize);
            String intDigits = body.substring(0, dot).replace(String.valueOf(sp.grouping), "");
            String rest = body.substring(dot);
            String g = group(intDigits, sp.grouping, groupSize);
            while (prefix.length() + g.length() + rest.length() < sp.width) {
                intDigits = "0" + intDigits;
                g = group(intDigits, sp.grouping, groupSize);
            }
            return prefix + g + rest;
        }
        return pad(body, prefix, sp, '>');
    }

    @TruffleBoundary
    static String formatInt(Object value, Spec sp) {
        char t = sp.type;
        if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
            return formatFloat(PyInt.toDouble(value), sp, "int");
        }
        if (t != 0 && "bcdnoxX".indexOf(t) < 0) {
            throw unknownCode(t, PyOps.typeName(value));
        }
        if (sp.precision >= 0) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (sp.zeroNegative) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = PyInt.toBig(value);
        if (t == 'c') {
            return formatChar(v, sp);
        }
        boolean neg = v.signum() < 0;
        BigInteger a = v.abs();
        String digits;
        String radixPrefix = "";
        int groupSize = 4;
        switch (t) {
            case 'b' -> {
                digits = a.toString(2);
                radixPrefix = "0b";
            }
            case 'o' -> {
                digits = a.toString(8);
                radixPrefix = "0o";
            }
            case 'x' -> {
                digits = a.toString(16);
                radixPrefix = "0x";
            }
            case 'X' -> {
                digits = a.toString(16).toUpperCase();
                radixPrefix = "0X";
            }
            default -> {
                digits = a.toString();
                groupSize = 3;
            }
        }
        String body = sp.grouping != 0 ? group(digits, sp.grouping, groupSize) : digits;
        String prefix = signPrefix(neg, sp) + (sp.alternate ? radixPrefix : "");
        return groupedZeroPad(body, prefix, sp, groupSize);
    }

    private static String formatChar(BigInteger v, Spec sp) {
        if (sp.sign != 0) {
            throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (sp.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw PyErrors.overflowError("Python int too large to convert to C long");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw PyErrors.overflowError("%c arg not in range(0x110000)");
        }
        return pad(new String(Character.toChars(v.intValue())), "", sp, '<');
    }

    @TruffleBoundary
    static String formatFloat(double d, Spec sp, String typeName) {
        char t = sp.type;
        boolean neg = d < 0 || (d == 0.0 && 1.0 / d < 0);
        double a = Math.abs(d);
        String body;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            if ("fFeEgGn%".indexOf(t) < 0 && t != 0) {
                throw unknownCode(t, typeName);
            }
            body = Double.isNaN(d) ? "nan" : "inf";
            neg = !Double.isNaN(d) && d < 0;
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase();
            }
            if (t == '%') {
                body = body + "%";
            }
            return pad(body, signPrefix(neg, sp), sp, '>');
        }
        int prec = sp.precision;
        switch (t) {
            case 'f', 'F':
                body = PyFloatFormat.fixed(a, prec < 0 ? 6 : prec);
                if (sp.alternate && body.indexOf('.') < 0) {
                    body += ".";
                }
                break;
            case 'e', 'E':
                body = PyFloatFormat.sci(a, prec < 0 ? 6 : prec);
                if (sp.alternate && body.indexOf('.') < 0) {
                    body = body.replace("e", ".e");
                }
                if (t == 'E') {
                    body = body.toUpperCase();
                }
                break;
            case 'g', 'G', 'n':
                body = PyFloatFormat.general(a, prec < 0 ? 6 : prec, sp.alternate, false);
                if (t == 'G') {
                    body = body.toUpperCase();
                }
                break;
            case '%':
                if (Double.isInfinite(a * 100)) {
                    body = "inf%"; // as CPython: the scaled value overflows
                    break;
                }
                body = PyFloatFormat.fixed(a * 100, prec < 0 ? 6 : prec) + "%";
                if (sp.alternate && body.indexOf('.') < 0) {
                    body = body.replace("%", ".%");
                }
                break;
            case 0:
                if (prec < 0) {
                    body = PyFloatFormat.reprAbs(a);
                } else {
                    body = PyFloatFormat.general(a, prec, sp.alternate, true);
                }
                break;
            default:
                throw unknownCode(t, typeName);
        }
        if (sp.zeroNegative && neg && isZeroText(body)) {
            neg = false;
        }
        if (sp.grouping != 0) {
            body = group(body, sp.grouping, 3);
        }
        return groupedZeroPad(body, signPrefix(neg, sp), sp, 3);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E' || c == '%') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
