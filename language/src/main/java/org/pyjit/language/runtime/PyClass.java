package org.pyjit.language.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.object.Shape;
import org.pyjit.language.parser.PyMangling;

/** A Python type: a builtin type (with a Java constructor) or a user class built from a class body. */
public final class PyClass extends PyObject implements PyCallable {
    /** Bumped on every class attribute change anywhere: invalidates all lookup caches at once (changes are rare). */
    private static int globalEpoch;
    private static final Object ABSENT = new Object();

    private final String name;
    private String qualName;
    private String module;
    private final PyClass[] bases;
    private PyClass[] mro;
    private final LinkedHashMap<String, Object> dict = new LinkedHashMap<>();
    private final boolean builtin;
    private boolean subclassable = true;
    private PyCallable constructor;
    private final Shape instanceShape;
    private boolean exceptionClass;
    /**
     * The attribute names its instances may have when it and every base but object define
     * {@code __slots__} without {@code __dict__}; null when its instances have a {@code __dict__}.
     */
    private Set<String> slots;
    /** Every name that this class or a base lists in {@code __slots__}: those attributes are never in a __dict__. */
    private Set<String> slotNames = Set.of();

    private final HashMap<String, Object> lookupCache = new HashMap<>();
    private int cacheEpoch = -1;

    private PyClass(String name, String module, PyClass[] bases, boolean builtin) {
        super(EMPTY_SHAPE);
        this.name = name;
        this.qualName = name;
        this.module = module;
        this.bases = bases;
        this.builtin = builtin;
        this.instanceShape = Shape.newBuilder().dynamicType(this).build();
    }

    /** A builtin type; its MRO is computed from the (already created) bases. */
    public static PyClass builtin(String name, PyClass... bases) {
        PyClass c = new PyClass(name, "builtins", bases, true);
        c.mro = computeMro(c, bases);
        c.exceptionClass = c.computeIsException();
        return c;
    }

    /** Builds a user class from the namespace its class body filled ({@code __qualname__}, {@code __module__} included). */
    @TruffleBoundary
    public static PyClass create(String name, PyClass[] bases, PyDict namespace) {
        if (bases.length == 0) {
            bases = new PyClass[]{PyTypes.OBJECT};
        }
        for (int i = 0; i < bases.length; i++) {
            PyClass b = bases[i];
            if (!b.subclassable) {
                throw PyErrors.typeError("type '" + b.getName() + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) {
                    throw PyErrors.typeError("duplicate base class " + b.getName());
                }
            }
        }
        for (PyClass b : bases) {
            PyClass solid = b.solidBuiltinBase();
            if (solid != PyTypes.OBJECT && !solid.exceptionClass) {
                throw PyErrors.typeError("pyjit does not support subclassing the built-in type '" + solid.getName() + "'");
            }
        }
        Object module = namespace == null ? null : namespace.get("__module__");
        PyClass c = new PyClass(name, module instanceof String s ? s : "__main__", bases, false);
        c.mro = computeMro(c, bases);
        c.exceptionClass = c.computeIsException();
        if (namespace != null) {
            for (Object k : namespace.keys()) {
                if (k instanceof String ks) {
                    c.dict.put(ks, namespace.get(k));
                }
            }
            Object qn = namespace.get("__qualname__");
            if (qn instanceof String s) {
                c.qualName = s;
            }
            c.dict.remove("__qualname__");
        }
        c.initSlots(namespace == null ? null : namespace.get("__slots__"));
        c.dict.putIfAbsent("__module__", c.module);
        // Like CPython: a class that defines __eq__ without __hash__ becomes unhashable.
        if (c.dict.containsKey("__eq__") && !c.dict.containsKey("__hash__")) {
            c.dict.put("__hash__", PyNone.NONE);
        }
        Object init = c.dict.get("__init_subclass__");
        if (init instanceof PyFunction) {
            c.dict.put("__init_subclass__", new PyClassMethod(init));
        }
        Object newFn = c.dict.get("__new__");
        if (newFn instanceof PyFunction) {
            c.dict.put("__new__", new PyStaticMethod(newFn));
        }
        globalEpoch++;
        return c;
    }

    /**
     * PEP 487, once the class exists (and its {@code __class__} cell is set): its attributes learn
     * their names ({@code __set_name__}), then the nearest base's {@code __init_subclass__} hears
     * about it, as type.__new__ does, with the class statement's keywords.
     */
    @TruffleBoundary
    public void announce(PyDict keywords) {
        notifySetName();
        int n = keywords == null ? 0 : keywords.size();
        Object[] args = new Object[n];
        String[] names = new String[n];
        int k = 0;
        for (Object key : n == 0 ? List.of() : keywords.keys()) {
            names[k] = (String) key;
            args[k++] = keywords.get(key);
        }
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].dict.get("__init_subclass__");
            if (hook != null) {
                if (mro[i] != PyTypes.OBJECT) {
                    PyOps.call(PyAttributes.bindDescriptor(hook, this, this), args, n == 0 ? null : names);
                } else if (n > 0) {
                    // object's does nothing, but takes no keywords.
                    throw PyErrors.typeError(name + ".__init_subclass__() takes no keyword arguments");
                }
                return;
            }
        }
    }

    /**
     * Every attribute whose type defines {@code __set_name__} learns the class and the name it is
     * bound to, in definition order; an error there becomes CPython 3.11's RuntimeError caused by it.
     */
    private void notifySetName() {
        for (Map.Entry<String, Object> e : new ArrayList<>(dict.entrySet())) {
            Object value = e.getValue();
            if (value instanceof PyProperty p) {
                p.setName(e.getKey());
                continue;
            }
            Object setName = value instanceof PyInstance ? PyOps.typeOf(value).lookup("__set_name__") : null;
            if (setName == null) {
                continue;
            }
            try {
                PyOps.callUnbound(setName, value, new Object[]{this, e.getKey()}, null);
            } catch (PyException ex) {
                PyException re = PyErrors.runtimeError("Error calling __set_name__ on '" + PyOps.typeName(value) + "' instance '" + e.getKey() + "' in '" + name + "'");
                if (re.getPyException() instanceof PyBaseExceptionObject obj) {
                    obj.setCause(ex.getPyException());
                }
                throw re;
            }
        }
    }

    /** Sets {@link #slotNames} and {@link #slots} from the class's {@code __slots__} (null when it has none) and its bases'. */
    private void initSlots(Object declared) {
        Set<String> names = new HashSet<>();
        for (int i = 1; i < mro.length; i++) {
            names.addAll(mro[i].slotNames);
        }
        Set<String> own = new LinkedHashSet<>();
        if (declared != null) {
            for (Object n : declared instanceof String one ? new Object[]{one} : PyOps.toArray(declared)) {
                if (!(n instanceof String item)) {
                    throw PyErrors.typeError("__slots__ items must be strings, not '" + PyOps.typeName(n) + "'");
                }
                // A private slot is the attribute the class's code names: mangled like it.
                String slot = PyMangling.mangle(name, item);
                if (dict.containsKey(slot)) {
                    throw PyErrors.valueError("'" + slot + "' in __slots__ conflicts with class variable");
                }
                own.add(slot);
            }
        }
        names.addAll(own);
        names.remove("__dict__");
        slotNames = names;
        slots = declared == null || own.contains("__dict__") || !basesRestrictAttributes() ? null : names;
    }

    /** Whether every base but object restricts its instances' attributes to slots. */
    private boolean basesRestrictAttributes() {
        for (int i = 1; i < mro.length; i++) {
            if (mro[i] != PyTypes.OBJECT && mro[i].slots == null) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code name} is a slot of this class or a base (its value is never in a __dict__). */
    public boolean isSlot(String name) {
        return slotNames.contains(name);
    }

    /** Whether its instances may have an attribute {@code name} of their own (always, unless {@code __slots__} says otherwise). */
    public boolean allowsInstanceAttribute(String name) {
        return slots == null || slots.contains(name);
    }

    private boolean computeIsException() {
        for (PyClass k : mro) {
            if (k.name.equals("BaseException") && k.builtin) {
                return true;
            }
        }
        return false;
    }

    /** The builtin type whose instance layout instances of this class use (object, or a builtin exception). */
    public PyClass solidBuiltinBase() {
        for (PyClass k : mro) {
            if (k.builtin) {
                return k;
            }
        }
        return PyTypes.OBJECT;
    }

    private static PyClass[] computeMro(PyClass c, PyClass[] bases) {
        if (bases.length <= 1) {
            // C3 over one base gives that base's order: single inheritance (every builtin type, most
            // classes) needs no merge, which the builtin types ran over 100 times at start-up, in a
            // JVM that still interprets it.
            PyClass[] inherited = bases.length == 0 ? new PyClass[0] : bases[0].mro;
            PyClass[] mro = new PyClass[inherited.length + 1];
            mro[0] = c;
            System.arraycopy(inherited, 0, mro, 1, inherited.length);
            return mro;
        }
        List<List<PyClass>> seqs = new ArrayList<>();
        for (PyClass b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyClass> result = new ArrayList<>();
        result.add(c);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result.toArray(new PyClass[0]);
            }
            PyClass candidate = null;
            for (List<PyClass> s : seqs) {
                PyClass head = s.get(0);
                boolean inTail = false;
                for (List<PyClass> t : seqs) {
                    if (t.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases ");
                List<PyClass> heads = new ArrayList<>();
                for (List<PyClass> s : seqs) {
                    if (!heads.contains(s.get(0))) {
                        heads.add(s.get(0));
                    }
                }
                for (int i = 0; i < heads.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(heads.get(i).getName());
                }
                throw PyErrors.typeError(sb.toString());
            }
            result.add(candidate);
            for (List<PyClass> s : seqs) {
                if (s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.TYPE;
    }

    public String getName() {
        return name;
    }

    public String getQualName() {
        return qualName;
    }

    public String getModule() {
        return module;
    }

    public PyClass[] getBases() {
        return bases;
    }

    public PyClass[] getMro() {
        return mro;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public boolean isExceptionClass() {
        return exceptionClass;
    }

    /** The root shape of instances of this class (its dynamic type is this class). */
    public Shape getInstanceShape() {
        return instanceShape;
    }

    public void setConstructor(PyCallable constructor) {
        this.constructor = constructor;
    }

    public PyCallable getConstructor() {
        return constructor;
    }

    public void setSubclassable(boolean subclassable) {
        this.subclassable = subclassable;
    }

    /** The class's own namespace (not the inherited attributes). */
    public Map<String, Object> getDict() {
        return dict;
    }

    public Object getOwnAttribute(String key) {
        return dict.get(key);
    }

    /** Attribute lookup along the MRO, null when absent. */
    @TruffleBoundary
    public Object lookup(String key) {
        if (cacheEpoch != globalEpoch) {
            lookupCache.clear();
            cacheEpoch = globalEpoch;
        }
        Object r = lookupCache.get(key);
        if (r == null) {
            r = ABSENT;
            for (PyClass k : mro) {
                Object v = k.dict.get(key);
                if (v != null) {
                    r = v;
                    break;
                }
            }
            lookupCache.put(key, r);
        }
        return r == ABSENT ? null : r;
    }

    /** The class of the MRO that defines {@code key}, or null. */
    @TruffleBoundary
    public PyClass lookupOwner(String key) {
        for (PyClass k : mro) {
            if (k.dict.containsKey(key)) {
                return k;
            }
        }
        return null;
    }

    @TruffleBoundary
    public void setAttribute(String key, Object value) {
        if (builtin) {
            if (!PyTypes.isInitializing()) {
                throw PyErrors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
            }
        } else if (key.equals("__qualname__") && value instanceof String s) {
            qualName = s;
            return;
        }
        dict.put(key, value);
        globalEpoch++;
    }

    @TruffleBoundary
    public boolean deleteAttribute(String key) {
        if (builtin) {
            throw PyErrors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        boolean had = dict.remove(key) != null;
        globalEpoch++;
        return had;
    }

    public boolean isSubclassOf(PyClass other) {
        if (this == other) {
            return true;
        }
        for (PyClass k : mro) {
            if (k == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Object call(Object[] args, String[] kwNames) {
        if (constructor != null) {
            return constructor.call(args, kwNames);
        }
        return instantiate(args, kwNames);
    }

    @TruffleBoundary
    private Object instantiate(Object[] args, String[] kwNames) {
        Object newFn = lookup("__new__");
        Object self;
        boolean customNew = newFn instanceof PyStaticMethod && newFn != PyTypes.OBJECT.getOwnAttribute("__new__");
        if (customNew) {
            Object[] a = new Object[args.length + 1];
            a[0] = this;
            System.arraycopy(args, 0, a, 1, args.length);
            self = PyOps.call(((PyStaticMethod) newFn).getFunction(), a, kwNames);
            if (!PyOps.isInstance(self, this)) {
                return self;
            }
        } else if (exceptionClass) {
            int nkw = kwNames == null ? 0 : kwNames.length;
            Object[] pos = new Object[args.length - nkw];
            System.arraycopy(args, 0, pos, 0, pos.length);
            self = new PyBaseExceptionObject(this, pos);
        } else {
            self = new PyInstance(this);
        }
        Object init = lookup("__init__");
        if (init == PyTypes.OBJECT.getOwnAttribute("__init__")) {
            if (args.length > 0 && !customNew) {
                throw PyErrors.typeError(name + "() takes no arguments");
            }
            return self;
        }
        Object r = PyOps.callUnbound(init, self, args, kwNames);
        if (r != PyNone.NONE) {
            throw PyErrors.typeError("__init__() should return None, not '" + PyOps.typeName(r) + "'");
        }
        return self;
    }

    /**
     * Changes whenever an attribute of any class changes (or a class is created): a lookup result
     * cached together with an equal epoch is still valid. Used by the nodes' inline caches.
     */
    public static int getGlobalEpoch() {
        return globalEpoch;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
