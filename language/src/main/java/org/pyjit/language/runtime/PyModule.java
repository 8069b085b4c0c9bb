package org.pyjit.language.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** A builtin module (math, time, sys): a name and a namespace. */
public final class PyModule extends PyObject {
    private final String name;
    private final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();

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
    }

    public boolean deleteAttribute(String key) {
        return dict.remove(key) != null;
    }

    public Map<String, Object> getDict() {
        return dict;
    }
}
