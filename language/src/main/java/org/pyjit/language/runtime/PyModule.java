package org.pyjit.language.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;

/** A builtin module (math, time, sys): a name and a namespace. */
public final class PyModule extends PyObject {
    private final String name;
    private final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    /** Valid until an attribute is set or deleted; made when first asked for. */
    private Assumption unchanged;

    public PyModule(String name) {
        super(EMPTY_SHAPE);
        this.name = name;
        dict.put("__name__", name);
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.MODULE;
    }

    public String getName() {
        return name;
    }

    public Object getAttribute(String key) {
        return dict.get(key);
    }

    public void setAttribute(String key, Object value) {
        dict.put(key, value);
        changed();
    }

    public boolean deleteAttribute(String key) {
        boolean found = dict.remove(key) != null;
        changed();
        return found;
    }

    /**
     * Holds while no attribute of this module changes, so that compiled code can keep the
     * attributes it read ({@code math.sqrt}) as constants.
     */
    public Assumption getUnchangedAssumption() {
        if (unchanged == null) {
            unchanged = Truffle.getRuntime().createAssumption("module " + name + " unchanged");
        }
        return unchanged;
    }

    private void changed() {
        if (unchanged != null) {
            unchanged.invalidate();
            unchanged = null;
        }
    }

    public Map<String, Object> getDict() {
        return dict;
    }
}
