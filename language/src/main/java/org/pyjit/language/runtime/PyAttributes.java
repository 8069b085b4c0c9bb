package org.pyjit.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

/** Attribute access with Python's lookup order (data descriptors, instance attributes, class attributes, __getattr__). */
public final class PyAttributes {
    private PyAttributes() {
    }

    /** Objects that carry their own attributes: user instances and functions. */
    static boolean hasInstanceDict(Object obj) {
        // object() itself has no __dict__ (its subclasses have one)
        return obj instanceof PyInstance i && i.getPyClass() != PyTypes.OBJECT || obj instanceof PyFunction;
    }

    /** Whether {@code obj} has a {@code __dict__}: not instances of classes with {@code __slots__}. */
    static boolean exposesDict(Object obj) {
        return hasInstanceDict(obj) && !(obj instanceof PyInstance i && !i.getPyClass().allowsInstanceAttribute("__dict__"));
    }

    /** A class attribute that takes over reads and stores of its name on instances (property, getset, __set__/__delete__). */
    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PyProperty || attr instanceof PyGetSetDescriptor) {
            return true;
        }
        if (attr instanceof PyInstance) {
            PyClass t = PyOps.typeOf(attr);
            return t.lookup("__set__") != null || t.lookup("__delete__") != null;
        }
        return false;
    }

    /** What a class attribute becomes when read through an instance (methods bind, etc.). */
    @TruffleBoundary
    public static Object bindDescriptor(Object attr, Object obj, PyClass type) {
        if (attr instanceof PyFunction) {
            return new PyBoundMethod(obj, attr);
        } else if (attr instanceof PyBuiltinFunction bf) {
            return bf.getOwner() != null ? new PyBoundMethod(obj, attr) : attr;
        } else if (attr instanceof PyStaticMethod sm) {
            return sm.getFunction();
        } else if (attr instanceof PyClassMethod cm) {
            return new PyBoundMethod(type, cm.getFunction());
        } else if (attr instanceof PyProperty p) {
            if (p.getGetter() == PyNone.NONE) {
                throw PyErrors.attributeError(p.missing(type, "getter"));
            }
            return PyOps.call(p.getGetter(), new Object[]{obj}, null);
        } else if (attr instanceof PyGetSetDescriptor g) {
            return g.get(obj);
        } else if (attr instanceof PyInstance) {
            Object get = PyOps.typeOf(attr).lookup("__get__");
            if (get != null) {
                return PyOps.callUnbound(get, attr, new Object[]{obj, type}, null);
            }
        }
        return attr;
    }

    @TruffleBoundary
    static PyException noAttribute(Object obj, String name) {
        PyException e;
        if (obj instanceof PyClass c) {
            e = PyErrors.attributeError("type object '" + c.getName() + "' has no attribute '" + name + "'");
        } else if (obj instanceof PyModule m) {
            e = PyErrors.attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
        } else {
            e = PyErrors.attributeError("'" + PyOps.typeName(obj) + "' object has no attribute '" + name + "'");
        }
        PySuggestions.recordAttributeError(e.getPyException(), obj, name);
        return e;
    }

    @TruffleBoundary
    public static Object getAttr(Object obj, String name) {
        Object r = find(obj, name);
        if (r == null) {
            throw noAttribute(obj, name);
        }
        return r;
    }

    /** The attribute, or null where getattr would raise AttributeError. */
    @TruffleBoundary
    public static Object getAttrOrNull(Object obj, String name) {
        try {
            return find(obj, name);
        } catch (PyException e) {
            if (PyOps.typeOf(e.getPyException()).isSubclassOf(PyTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    @TruffleBoundary
    private static Object find(Object obj, String name) {
        if (PyForeign.isForeign(obj)) {
            return PyForeign.getAttrOrNull(obj, name);
        }
        if (obj instanceof PyClass c) {
            return findOnClass(c, name);
        }
        if (obj instanceof PyModule m) {
            Object v = m.getAttribute(name);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__")) {
                PyDict d = new PyDict();
                m.getDict().forEach(d::put);
                return d;
            }
        }
        if (obj instanceof PySuper s) {
            Object v = findOnSuper(s, name);
            if (v != null) {
                return v;
            }
        }
        PyClass type = PyOps.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr != null && isDataDescriptor(attr)) {
            return bindDescriptor(attr, obj, type);
        }
        if (hasInstanceDict(obj)) {
            Object v = obj instanceof PyInstance i ? i.getOwnAttribute(name) : DynamicObjectLibrary.getUncached().getOrDefault((PyObject) obj, name, null);
            if (v != null) {
                return v;
            }
            if (name.equals("__dict__") && exposesDict(obj)) {
                return instanceDict((PyObject) obj);
            }
        }
        if (attr != null) {
            return bindDescriptor(attr, obj, type);
        }
        if (obj instanceof PyInstance) {
            Object ga = type.lookup("__getattr__");
            if (ga != null) {
                return PyOps.callUnbound(ga, obj, new Object[]{name}, null);
            }
        }
        return null;
    }

    /** An object's {@code __dict__}: an instance's own attributes (live), a copy of a function's. */
    @TruffleBoundary
    static PyDict instanceDict(PyObject obj) {
        if (obj instanceof PyInstance i) {
            return i.dict();
        }
        // A function's attributes: a copy.
        PyDict d = new PyDict();
        DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
        for (Object k : lib.getKeyArray(obj)) {
            d.put(k, lib.getOrDefault(obj, k, PyNone.NONE));
        }
        return d;
    }

    @TruffleBoundary
    private static Object findOnClass(PyClass c, String name) {
        Object metaAttr = PyTypes.TYPE.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(metaAttr, c, PyTypes.TYPE);
        }
        Object attr = c.lookup(name);
        if (attr != null) {
            return classAttribute(attr, c);
        }
        if (metaAttr != null) {
            return bindDescriptor(metaAttr, c, PyTypes.TYPE);
        }
        return null;
    }

    /** A class attribute read through the class itself. */
    @TruffleBoundary
    static Object classAttribute(Object attr, PyClass c) {
        if (attr instanceof PyStaticMethod sm) {
            return sm.getFunction();
        } else if (attr instanceof PyClassMethod cm) {
            return new PyBoundMethod(c, cm.getFunction());
        } else if (attr instanceof PyInstance) {
            Object get = PyOps.typeOf(attr).lookup("__get__");
            if (get != null) {
                return PyOps.callUnbound(get, attr, new Object[]{PyNone.NONE, c}, null);
            }
        }
        return attr;
    }

    @TruffleBoundary
    private static Object findOnSuper(PySuper s, String name) {
        if (name.equals("__class__")) {
            return null;
        }
        PyClass searchType = s.getSearchType();
        PyClass[] mro = searchType.getMro();
        int i = 0;
        while (i < mro.length && mro[i] != s.getStartClass()) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            Object attr = mro[i].getOwnAttribute(name);
            if (attr != null) {
                Object self = s.getSelf();
                if (self == searchType && !(PyOps.typeOf(self).isSubclassOf(s.getStartClass()))) {
                    // super(C, cls) inside a classmethod: functions stay unbound, like class attribute access.
                    return classAttribute(attr, searchType);
                }
                return bindDescriptor(attr, self, searchType);
            }
        }
        return null;
    }

    @TruffleBoundary
    public static void setAttr(Object obj, String name, Object value) {
        if (PyForeign.isForeign(obj)) {
            PyForeign.setAttr(obj, name, value);
            return;
        }
        if (obj instanceof PyClass c) {
            c.setAttribute(name, value);
            return;
        }
        if (obj instanceof PyModule m) {
            m.setAttribute(name, value);
            return;
        }
        PyClass type = PyOps.typeOf(obj);
        if (obj instanceof PyInstance) {
            Object sa = overrideOf(type, "__setattr__");
            if (sa != null) {
                PyOps.callUnbound(sa, obj, new Object[]{name, value}, null);
                return;
            }
        }
        genericSetAttr(obj, name, value);
    }

    /** The method {@code name} of type when it is not object's own one (a user override), else null. */
    static Object overrideOf(PyClass type, String name) {
        Object f = type.lookup(name);
        return f == PyTypes.OBJECT.getOwnAttribute(name) ? null : f;
    }

    /** object.__setattr__. */
    @TruffleBoundary
    public static void genericSetAttr(Object obj, String name, Object value) {
        PyClass type = PyOps.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr instanceof PyProperty p) {
            if (p.getSetter() == PyNone.NONE) {
                throw PyErrors.attributeError(p.missing(type, "setter"));
            }
            PyOps.call(p.getSetter(), new Object[]{obj, value}, null);
            return;
        }
        if (attr instanceof PyGetSetDescriptor g) {
            if (!g.canSet()) {
                throw PyErrors.attributeError("attribute '" + name + "' of '" + g.getOwner().getName() + "' objects is not writable");
            }
            g.set(obj, value);
            return;
        }
        if (attr instanceof PyInstance) {
            Object set = PyOps.typeOf(attr).lookup("__set__");
            if (set != null) {
                PyOps.callUnbound(set, attr, new Object[]{obj, value}, null);
                return;
            }
        }
        if (hasInstanceDict(obj) && type.allowsInstanceAttribute(name)) {
            if (obj instanceof PyInstance i) {
                i.setAttributeValue(name, value);
            } else {
                DynamicObjectLibrary.getUncached().put((PyObject) obj, name, value);
            }
            return;
        }
        throw noInstanceAttribute(type, name, attr);
    }

    /**
     * CPython's error for an object without a dict (or a slot) for {@code name}: read-only when its
     * type has the name (a method, a plain class attribute), else no such attribute.
     */
    private static PyException noInstanceAttribute(PyClass type, String name, Object typeAttr) {
        if (typeAttr != null) {
            return PyErrors.attributeError("'" + type.getName() + "' object attribute '" + name + "' is read-only");
        }
        return PyErrors.attributeError("'" + type.getName() + "' object has no attribute '" + name + "'");
    }

    @TruffleBoundary
    public static void delAttr(Object obj, String name) {
        if (PyForeign.isForeign(obj)) {
            PyForeign.delAttr(obj, name);
            return;
        }
        if (obj instanceof PyClass c) {
            if (!c.deleteAttribute(name)) {
                throw PyErrors.attributeError(name);
            }
            return;
        }
        if (obj instanceof PyModule m) {
            if (!m.deleteAttribute(name)) {
                throw PyErrors.attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
            }
            return;
        }
        PyClass type = PyOps.typeOf(obj);
        if (obj instanceof PyInstance) {
            Object da = overrideOf(type, "__delattr__");
            if (da != null) {
                PyOps.callUnbound(da, obj, new Object[]{name}, null);
                return;
            }
        }
        genericDelAttr(obj, name);
    }

    /** object.__delattr__. */
    @TruffleBoundary
    public static void genericDelAttr(Object obj, String name) {
        PyClass type = PyOps.typeOf(obj);
        Object attr = type.lookup(name);
        if (attr instanceof PyGetSetDescriptor g && !g.canSet()) {
            throw PyErrors.attributeError("attribute '" + name + "' of '" + g.getOwner().getName() + "' objects is not writable");
        }
        if (attr instanceof PyProperty p) {
            if (p.getDeleter() == PyNone.NONE) {
                throw PyErrors.attributeError(p.missing(type, "deleter"));
            }
            PyOps.call(p.getDeleter(), new Object[]{obj}, null);
            return;
        }
        if (attr instanceof PyInstance) {
            Object del = PyOps.typeOf(attr).lookup("__delete__");
            if (del != null) {
                PyOps.callUnbound(del, attr, new Object[]{obj}, null);
                return;
            }
        }
        if (hasInstanceDict(obj) && (obj instanceof PyInstance i ? i.deleteOwnAttribute(name) : DynamicObjectLibrary.getUncached().removeKey((PyObject) obj, name))) {
            return;
        }
        if (!exposesDict(obj)) {
            throw noInstanceAttribute(type, name, attr);
        }
        throw PyErrors.attributeError("'" + type.getName() + "' object has no attribute '" + name + "'");
    }
}
