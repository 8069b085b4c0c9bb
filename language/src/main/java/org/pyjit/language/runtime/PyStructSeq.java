package org.pyjit.language.runtime;

/**
 * A named tuple of the runtime, CPython's struct sequences ({@code sys.version_info},
 * {@code sys.float_info}): a tuple in every respect, whose type also reads its items by field name
 * and whose repr names them.
 */
public final class PyStructSeq extends PyTuple {
    private final PyClass type;
    private final String qualifiedName;
    private final String[] fields;
    /** Attributes beyond the tuple's items (time.struct_time's tm_zone and tm_gmtoff), or empty. */
    private final Object[] extra;

    /** {@code type} derives from tuple and has a read-only attribute per field (PySysModule). */
    public PyStructSeq(PyClass type, String qualifiedName, String[] fields, Object[] values) {
        this(type, qualifiedName, fields, values, new Object[0]);
    }

    public PyStructSeq(PyClass type, String qualifiedName, String[] fields, Object[] values, Object[] extra) {
        super(values);
        this.type = type;
        this.qualifiedName = qualifiedName;
        this.fields = fields;
        this.extra = extra;
    }

    /** Extra attribute {@code i}, or null when there is none. */
    public Object extra(int i) {
        return i < extra.length ? extra[i] : null;
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    /** {@code sys.version_info(major=3, minor=11, ...)}. */
    public String repr() {
        StringBuilder sb = new StringBuilder(qualifiedName).append('(');
        for (int i = 0; i < fields.length; i++) {
            sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(PyOps.repr(get(i)));
        }
        return sb.append(')').toString();
    }
}
