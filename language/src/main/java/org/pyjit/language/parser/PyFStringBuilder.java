package org.pyjit.language.parser;

import java.util.ArrayList;
import java.util.List;

import org.pyjit.language.parser.PyAst.Expr;
import org.pyjit.language.parser.PyAst.FormattedValue;
import org.pyjit.language.parser.PyAst.StrLit;

/** Collects the values of a JoinedStr, merging adjacent literal parts and dropping empty ones. */
final class PyFStringBuilder {
    private final List<Expr> values = new ArrayList<>();

    void addLiteral(String text, int start, int end) {
        if (text.isEmpty()) {
            return;
        }
        if (!values.isEmpty() && values.get(values.size() - 1) instanceof StrLit last) {
            values.set(values.size() - 1, new StrLit(last.start(), end, last.value() + text));
        } else {
            values.add(new StrLit(start, end, text));
        }
    }

    void addFormatted(FormattedValue value) {
        values.add(value);
    }

    List<Expr> values() {
        return values;
    }
}
