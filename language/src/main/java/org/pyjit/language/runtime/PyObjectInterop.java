package org.pyjit.language.runtime;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyContext;

/**
 * The interop protocol of Python objects (exported by {@link PyObject}): callables are executable
 * (classes also instantiable), lists and tuples are arrays (lists writable), dicts are hashes,
 * attributes are members, iterables have iterators. Arguments entering Python are converted by
 * {@link PyInterop#fromForeign}, results leaving it by {@link PyInterop#toForeign}; Python errors
 * propagate as guest exceptions.
 */
final class PyObjectInterop {
    private PyObjectInterop() {
    }

    static boolean isCallable(Object v) {
        if (v instanceof PyCallable || v instanceof PyStaticMethod) {
            return true;
        }
        return v instanceof PyInstance && PyOps.typeOf(v).lookup("__call__") != null;
    }

    static boolean isExecutable(PyObject o) {
        return isCallable(o);
    }

    static Object execute(PyObject o, Object[] arguments) throws UnsupportedMessageException {
        if (!isCallable(o)) {
            throw UnsupportedMessageException.create();
        }
        return call(o, arguments);
    }

    /**
     * A call from outside Python. What it printed is flushed when it returns, as at the end of an
     * evaluated module, so that it is not held back behind the embedder's own output.
     */
    static Object call(Object callee, Object[] arguments) {
        try {
            return PyInterop.toForeign(PyOps.call(callee, PyInterop.fromForeign(arguments), null));
        } finally {
            PyContext.get(null).flushOut();
        }
    }

    /** Where a function (or the function of a bound method) is defined, or null. */
    static SourceSection sourceLocation(PyObject o) {
        Object f = o instanceof PyBoundMethod m ? m.getFunction() : o;
        if (f instanceof PyFunction fn && fn.getCallTarget() != null) {
            return fn.getCallTarget().getRootNode().getSourceSection();
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ meta objects

    static Object metaQualifiedName(PyObject o) throws UnsupportedMessageException {
        if (o instanceof PyClass c) {
            return c.isBuiltin() ? c.getName() : c.getModule() + "." + c.getQualName();
        }
        throw UnsupportedMessageException.create();
    }

    static Object metaSimpleName(PyObject o) throws UnsupportedMessageException {
        if (o instanceof PyClass c) {
            return c.getName();
        }
        throw UnsupportedMessageException.create();
    }

    static boolean isMetaInstance(PyObject o, Object instance) throws UnsupportedMessageException {
        if (o instanceof PyClass c) {
            return PyOps.typeOf(PyInterop.fromForeign(instance)).isSubclassOf(c);
        }
        throw UnsupportedMessageException.create();
    }

    // ------------------------------------------------------------------------------------ arrays

    static long arraySize(PyObject o) throws UnsupportedMessageException {
        if (o instanceof PyList l) {
            return l.size();
        } else if (o instanceof PyTuple t) {
            return t.size();
        }
        throw UnsupportedMessageException.create();
    }

    static boolean isIndexIn(PyObject o, long index) {
        if (o instanceof PyList l) {
            return index >= 0 && index < l.size();
        } else if (o instanceof PyTuple t) {
            return index >= 0 && index < t.size();
        }
        return false;
    }

    static Object readArrayElement(PyObject o, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)) {
            throw UnsupportedMessageException.create();
        }
        if (!isIndexIn(o, index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return PyInterop.toForeign(o instanceof PyList l ? l.get((int) index) : ((PyTuple) o).get((int) index));
    }

    static void writeArrayElement(PyObject o, long index, Object value) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!(o instanceof PyList l)) {
            throw UnsupportedMessageException.create();
        }
        Object v = PyInterop.fromForeign(value);
        if (index >= 0 && index < l.size()) {
            l.set((int) index, v);
        } else if (index == l.size()) {
            l.append(v);
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    static void removeArrayElement(PyObject o, long index) throws UnsupportedMessageException, InvalidArrayIndexException {
        if (!(o instanceof PyList l)) {
            throw UnsupportedMessageException.create();
        }
        if (index < 0 || index >= l.size()) {
            throw InvalidArrayIndexException.create(index);
        }
        l.removeAt((int) index);
    }

    // ------------------------------------------------------------------------------------ hashes

    /** A key as Python sees it; keys Python cannot hash are simply absent. */
    static boolean hashContains(PyObject o, Object key) {
        if (!(o instanceof PyDict d)) {
            return false;
        }
        try {
            return d.containsKey(PyInterop.fromForeign(key));
        } catch (PyException e) {
            return false;
        }
    }

    static Object readHashValue(PyObject o, Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!(o instanceof PyDict d)) {
            throw UnsupportedMessageException.create();
        }
        Object v;
        try {
            v = d.get(PyInterop.fromForeign(key));
        } catch (PyException e) {
            v = null;
        }
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return PyInterop.toForeign(v);
    }

    static void writeHashEntry(PyObject o, Object key, Object value) throws UnsupportedMessageException {
        if (!(o instanceof PyDict d)) {
            throw UnsupportedMessageException.create();
        }
        d.put(PyInterop.fromForeign(key), PyInterop.fromForeign(value));
    }

    static void removeHashEntry(PyObject o, Object key) throws UnsupportedMessageException, UnknownKeyException {
        if (!(o instanceof PyDict d)) {
            throw UnsupportedMessageException.create();
        }
        if (!hashContains(o, key)) {
            throw UnknownKeyException.create(key);
        }
        d.remove(PyInterop.fromForeign(key));
    }

    static Object hashEntriesIterator(PyObject o) throws UnsupportedMessageException {
        if (!(o instanceof PyDict d)) {
            throw UnsupportedMessageException.create();
        }
        return new PyInteropIterator(PyOps.getIter(new PyDictView(d, PyDictView.Kind.ITEMS)));
    }

    // ------------------------------------------------------------------------------------ members

    /** Objects whose attributes embedders may set: instances, user classes, modules. */
    static boolean hasWritableAttributes(PyObject o) {
        return o instanceof PyInstance || o instanceof PyModule || o instanceof PyClass c && !c.isBuiltin();
    }

    static Object readMemberOrNull(PyObject o, String name) {
        try {
            return PyOps.getAttrOrNull(o, name);
        } catch (PyException e) {
            // A property that raises: the member is not readable.
            return null;
        }
    }

    /** Instance attributes first, then the names of the class and its bases (dunders only with includeInternal). */
    static Object members(PyObject o, boolean includeInternal) {
        Set<String> names = new LinkedHashSet<>();
        if (o instanceof PyInstance inst) {
            for (Object k : inst.getAttributeNames()) {
                if (k instanceof String s) {
                    names.add(s);
                }
            }
        } else if (o instanceof PyModule m) {
            names.addAll(m.getDict().keySet());
        }
        PyClass[] mro = o instanceof PyClass c ? c.getMro() : o.getPyClass().getMro();
        for (PyClass c : mro) {
            for (Map.Entry<String, Object> e : c.getDict().entrySet()) {
                names.add(e.getKey());
            }
        }
        if (!includeInternal) {
            names.removeIf(n -> n.startsWith("__") && n.endsWith("__"));
        }
        return new PyInteropStrings(names.toArray(new String[0]));
    }
}
