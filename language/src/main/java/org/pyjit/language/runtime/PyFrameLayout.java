package org.pyjit.language.runtime;

/**
 * The Python variables of a function, class body or module frame and where each lives, for
 * debuggers ({@link PyFrameScope}). The translator leaves it as the info of the frame descriptor:
 * a frame then leads to its variables by itself, a generator's materialized frame too, which runs
 * under another root than the one that laid it out.
 */
public final class PyFrameLayout {
    public enum Kind {
        /** A def, lambda or comprehension: variables in frame slots, cells and the closure. */
        FUNCTION,
        /** A class body: its names are in the namespace dict (argument 1). */
        CLASS_BODY,
        /** Module-level code: its names are the module's globals. */
        MODULE
    }

    /** Where a variable is: its value in a frame slot, a cell in a frame slot, a cell of the closure. */
    public enum Storage {
        LOCAL,
        CELL,
        FREE
    }

    private final Kind kind;
    private final String[] names;
    private final Storage[] storage;
    /** A frame slot (LOCAL, CELL) or an index into the running function's closure (FREE). */
    private final int[] indices;
    private final PyGlobals globals;

    public PyFrameLayout(Kind kind, String[] names, Storage[] storage, int[] indices, PyGlobals globals) {
        this.kind = kind;
        this.names = names;
        this.storage = storage;
        this.indices = indices;
        this.globals = globals;
    }

    public Kind getKind() {
        return kind;
    }

    public int size() {
        return names.length;
    }

    public String getName(int i) {
        return names[i];
    }

    public Storage getStorage(int i) {
        return storage[i];
    }

    public int getIndex(int i) {
        return indices[i];
    }

    /** The module's globals (MODULE), or null. */
    public PyGlobals getGlobals() {
        return globals;
    }

    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
