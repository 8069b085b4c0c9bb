package org.pyjit.language.parser;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A compact s-expression dump of a syntax tree, for tests and debugging: each node prints as
 * {@code (Kind field...)} without its offsets, lists as {@code [...]}, null as {@code -}.
 */
public final class PyAstPrinter {
    private PyAstPrinter() {
    }

    public static String print(Object node) {
        StringBuilder sb = new StringBuilder();
        append(sb, node);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object o) {
        if (o == null) {
            sb.append('-');
        } else if (o instanceof String s) {
            sb.append('\'').append(s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("'", "\\'")).append('\'');
        } else if (o instanceof Character c) {
            sb.append(c == 0 ? "-" : "!" + c);
        } else if (o instanceof List<?> list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else if (o instanceof Double d) {
            sb.append(d.isInfinite() || d.isNaN() ? d.toString() : new java.math.BigDecimal(d).toPlainString());
        } else if (o instanceof PyAst.BinOpKind k) {
            sb.append(k.symbol);
        } else if (o instanceof PyAst.CmpOpKind k) {
            sb.append(k.symbol.replace(' ', '_'));
        } else if (o instanceof Record r) {
            sb.append('(').append(r.getClass().getSimpleName());
            for (RecordComponent rc : r.getClass().getRecordComponents()) {
                String name = rc.getName();
                if (name.equals("start") || name.equals("end")) {
                    continue;
                }
                sb.append(' ');
                try {
                    append(sb, rc.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            sb.append(')');
        } else {
            sb.append(o);
        }
    }
}
