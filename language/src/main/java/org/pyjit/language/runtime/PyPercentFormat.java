package org.pyjit.language.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style {@code str % args}. */
final class PyPercentFormat {
    private PyPercentFormat() {
    }

    @TruffleBoundary
    static Object format(String fmt, Object args) {
        Object[] values;
        // CPython takes any subscriptable argument but a tuple or str as the mapping for %(key)s,
        // and then does not complain about arguments left unconverted
        Object mapping = null;
        if (args instanceof PyTuple t) {
            values = t.getArray();
        } else {
            values = new Object[]{args};
            if (args instanceof PyDict || args instanceof PyList || args instanceof PyRange || args instanceof PyBigRange ||
                            args instanceof PyInstance && PyOps.typeOf(args).lookup("__getitem__") != null) {
                mapping = args;
            }
        }
        int argIndex = 0;
        StringBuilder sb = new StringBuilder();
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            int conversionStart = i;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyErrors.typeError("format requires a mapping");
                }
                int depth = 1;
                int j = i + 1;
                while (j < n && depth > 0) {
                    if (fmt.charAt(j) == '(') {
                        depth++;
                    } else if (fmt.charAt(j) == ')') {
                        depth--;
                    }
                    j++;
                }
                if (depth > 0) {
                    throw PyErrors.valueError("incomplete format key");
                }
                String key = fmt.substring(i + 1, j - 1);
                Object keyed;
                if (mapping instanceof PyDict d) {
                    keyed = d.get(key);
                    if (keyed == null) {
                        throw PyErrors.keyError(key);
                    }
                } else {
                    keyed = PyOps.getItem(mapping, key);
                }
                // As in CPython the key's value becomes the only argument left: this conversion
                // (or its '*') takes it, and a later conversion without a key finds none.
                values = new Object[]{keyed};
                argIndex = 0;
                i = j;
            }
            PyFormatter.Spec sp = new PyFormatter.Spec();
            boolean leftAdjust = false;
            boolean zero = false;
            while (i < n) {
                char f = fmt.charAt(i);
                if (f == '-') {
                    leftAdjust = true;
                } else if (f == '+') {
                    sp.sign = '+';
                } else if (f == ' ') {
                    if (sp.sign != '+') {
                        sp.sign = ' ';
                    }
                } else if (f == '#') {
                    sp.alternate = true;
                } else if (f == '0') {
                    zero = true;
                } else {
                    break;
                }
                i++;
            }
            if (i < n && fmt.charAt(i) == '*') {
                sp.width = (int) PyOps.indexAsLong(nextArg(values, argIndex++));
                if (sp.width < 0) {
                    leftAdjust = true;
                    sp.width = -sp.width;
                }
                i++;
            } else {
                int st = i;
                i = skipDigits(fmt, i);
                if (i > st) {
                    sp.width = parseBounded(fmt.substring(st, i), "width too big");
                }
            }
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    sp.precision = (int) PyOps.indexAsLong(nextArg(values, argIndex++));
                    i++;
                } else {
                    int st = i;
                    i = skipDigits(fmt, i);
                    sp.precision = i > st ? parseBounded(fmt.substring(st, i), "precision too big") : 0;
                }
            }
            while (i < n && (fmt.charAt(i) == 'h' || fmt.charAt(i) == 'l' || fmt.charAt(i) == 'L')) {
                i++;
            }
            if (i >= n) {
                throw PyErrors.valueError("incomplete format");
            }
            char type = fmt.charAt(i++);
            // Only "%%" is a percent sign: with a key, flags, a width or a precision, '%' is a
            // conversion like any other, which takes an argument and then is not a known type.
            if (type == '%' && i - 1 == conversionStart) {
                sb.append('%');
                continue;
            }
            Object value = nextArg(values, argIndex++);
            if (leftAdjust) {
                sp.align = '<';
            } else if (zero && type != 's' && type != 'r' && type != 'a' && type != 'c') {
                sp.align = '=';
                sp.fill = '0';
            } else {
                sp.align = '>';
            }
            String piece;
            switch (type) {
                case 's', 'r', 'a': {
                    String s = type == 's' ? PyOps.str(value) : type == 'r' ? PyOps.repr(value) : PyStrings.ascii(PyOps.repr(value));
                    if (sp.precision >= 0 && PyCodePoints.length(s) > sp.precision) {
                        s = s.substring(0, s.offsetByCodePoints(0, sp.precision));
                    }
                    sp.precision = -1;
                    sp.sign = 0;
                    piece = padPlain(s, sp);
                    break;
                }
                case 'd', 'i', 'u': {
                    Object iv = toIntForPercent(value, type);
                    piece = intWithPrecision(iv, sp, 'd');
                    break;
                }
                case 'x', 'X', 'o': {
                    if (!(value instanceof Long || value instanceof BigInteger || value instanceof Boolean || value instanceof PyInstance)) {
                        throw PyErrors.typeError("%" + type + " format: an integer is required, not " + PyOps.typeName(value));
                    }
                    Object iv = PyOps.index(value);
                    piece = intWithPrecision(iv, sp, type);
                    break;
                }
                case 'e', 'E', 'f', 'F', 'g', 'G': {
                    double d = toFloatForPercent(value, type);
                    sp.type = type;
                    if (sp.precision < 0) {
                        sp.precision = 6;
                    }
                    piece = PyFormatter.formatFloat(d, sp, "float");
                    break;
                }
                case 'c': {
                    String s;
                    if (value instanceof String str && str.codePointCount(0, str.length()) == 1) {
                        s = str;
                    } else if (value instanceof Long || value instanceof Boolean || value instanceof BigInteger) {
                        BigInteger v = PyInt.toBig(value);
                        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                            throw PyErrors.overflowError("%c arg not in range(0x110000)");
                        }
                        s = new String(Character.toChars(v.intValue()));
                    } else {
                        throw PyErrors.typeError("%c requires int or char");
                    }
                    sp.precision = -1;
                    piece = padPlain(s, sp);
                    break;
                }
                default:
                    throw PyErrors.valueError("unsupported format character '" + type + "' (0x" + Integer.toHexString(type) + ") at index " + (i - 1));
            }
            sb.append(piece);
        }
        if (argIndex < values.length && mapping == null) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return sb.toString();
    }

    /** A width or precision; beyond int range CPython refuses it rather than overflowing. */
    private static int skipDigits(String fmt, int i) {
        while (i < fmt.length() && Character.isDigit(fmt.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int parseBounded(String digits, String message) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw PyErrors.valueError(message);
        }
    }

    private static String padPlain(String s, PyFormatter.Spec sp) {
        int length = PyCodePoints.length(s);
        if (sp.width <= length) {
            return s;
        }
        String pad = " ".repeat(sp.width - length);
        return sp.align == '<' ? s + pad : pad + s;
    }

    private static String intWithPrecision(Object iv, PyFormatter.Spec sp, char type) {
        BigInteger v = PyInt.toBig(iv);
        String digits = switch (type) {
            case 'x' -> v.abs().toString(16);
            case 'X' -> v.abs().toString(16).toUpperCase();
            case 'o' -> v.abs().toString(8);
            // Decimal digits count against sys.get_int_max_str_digits(), as str() does.
            default -> PyInt.toString(PyInt.normalize(v.abs()), 10);
        };
        if (sp.precision > digits.length()) {
            digits = "0".repeat(sp.precision - digits.length()) + digits;
        }
        String prefix = v.signum() < 0 ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
        if (sp.alternate) {
            prefix += type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
        }
        int len = prefix.length() + digits.length();
        if (sp.width <= len) {
            return prefix + digits;
        }
        int padding = sp.width - len;
        if (sp.align == '<') {
            return prefix + digits + " ".repeat(padding);
        } else if (sp.align == '=') {
            return prefix + "0".repeat(padding) + digits;
        }
        return " ".repeat(padding) + prefix + digits;
    }

    private static Object toIntForPercent(Object value, char type) {
        if (value instanceof Double d) {
            return PyInt.fromDouble(d);
        }
        if (value instanceof Long || value instanceof BigInteger || value instanceof Boolean) {
            return value instanceof Boolean b ? (Object) (b ? 1L : 0L) : value;
        }
        if (value instanceof PyInstance) {
            Object f = PyOps.typeOf(value).lookup("__int__");
            if (f != null) {
                return PyOps.callUnbound(f, value, new Object[0], null);
            }
            return PyOps.index(value);
        }
        throw PyErrors.typeError("%" + type + " format: a real number is required, not " + PyOps.typeName(value));
    }

    private static double toFloatForPercent(Object value, char type) {
        if (value instanceof Double d) {
            return d;
        }
        if (PyInt.isInt(value)) {
            return PyInt.toDouble(value);
        }
        if (value instanceof PyInstance) {
            Object f = PyOps.typeOf(value).lookup("__float__");
            if (f != null) {
                Object r = PyOps.callUnbound(f, value, new Object[0], null);
                if (r instanceof Double d) {
                    return d;
                }
            }
        }
        throw PyErrors.typeError("must be real number, not " + PyOps.typeName(value));
    }

    private static Object nextArg(Object[] values, int index) {
        if (index >= values.length) {
            throw PyErrors.typeError("not enough arguments for format string");
        }
        return values[index];
    }
}
