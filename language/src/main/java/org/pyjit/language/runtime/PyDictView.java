package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict.keys(), dict.values(), dict.items(): live views of a dict. */
public final class PyDictView extends PyObject {
    public enum Kind {
        KEYS, VALUES, ITEMS
    }

    private final PyDict dict;
    private final Kind kind;

    public PyDictView(PyDict dict, Kind kind) {
        super(EMPTY_SHAPE);
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PyClass getPyClass() {
        return switch (kind) {
            case KEYS -> PyTypes.DICT_KEYS;
            case VALUES -> PyTypes.DICT_VALUES;
            case ITEMS -> PyTypes.DICT_ITEMS;
        };
    }

    public PyDict getDict() {
        return dict;
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isSetLike() {
        return kind != Kind.VALUES;
    }

    @TruffleBoundary
    public boolean contains(Object item) {
        switch (kind) {
            case KEYS:
                return dict.containsKey(item);
            case ITEMS:
                if (item instanceof PyTuple t && t.size() == 2) {
                    Object v = dict.get(t.get(0));
                    return v != null && PyOps.sameOrEq(v, t.get(1));
                }
                return false;
            default:
                for (int i = 0; i < dict.entryLimit(); i++) {
                    if (dict.keyAt(i) != null && PyOps.sameOrEq(dict.valueAt(i), item)) {
                        return true;
                    }
                }
                return false;
        }
    }

    /** The elements of this view, in order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] r = new Object[dict.size()];
        int n = 0;
        for (int i = 0; i < dict.entryLimit(); i++) {
            Object k = dict.keyAt(i);
            if (k != null) {
                r[n++] = switch (kind) {
                    case KEYS -> k;
                    case VALUES -> dict.valueAt(i);
                    case ITEMS -> new PyTuple(new Object[]{k, dict.valueAt(i)});
                };
            }
        }
        return r;
    }

    @TruffleBoundary
    public PyAbstractSet toSet() {
        PySet s = new PySet();
        for (Object o : toArray()) {
            s.addElement(o);
        }
        return s;
    }
}
