package org.pyjit.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyCell;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyFunction;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/**
 * Creates a class: runs the class body (a function of its own, called with the namespace dict)
 * and builds the class from the namespace. The body returns its {@code __class__} cell, if
 * methods use zero-argument super(), which then gets the new class.
 */
public final class PyClassDefNode extends PyExpressionNode {
    private final String name;
    private final String qualName;
    /** The class body's docstring, or null. */
    private final String doc;
    @Children private final PyExpressionNode[] bases;
    /** The class keywords' names ({@code class C(Base, key=value)}), null for a {@code **} mapping. */
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final PyExpressionNode[] keywordValues;
    @Child private PyMakeFunctionNode makeBody;
    @Child private DirectCallNode callBody;

    public PyClassDefNode(String name, String qualName, String doc, PyExpressionNode[] bases, String[] keywordNames, PyExpressionNode[] keywordValues,
                    PyMakeFunctionNode makeBody) {
        this.name = name;
        this.qualName = qualName;
        this.doc = doc;
        this.bases = bases;
        this.keywordNames = keywordNames;
        this.keywordValues = keywordValues;
        this.makeBody = makeBody;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] b = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            b[i] = bases[i].execute(frame);
        }
        Object[] k = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            k[i] = keywordValues[i].execute(frame);
        }
        PyDict keywords = keywords(keywordNames, k);
        PyFunction body = (PyFunction) makeBody.execute(frame);
        if (callBody == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            callBody = insert(DirectCallNode.create(body.getCallTarget()));
        }
        PyDict ns = newNamespace(qualName, doc);
        Object classCell = callBody.call(body, ns);
        return build(name, b, ns, classCell, keywords);
    }

    /**
     * The keywords that go to {@code __init_subclass__}, {@code **} mappings expanded. A
     * {@code metaclass} other than {@code type} is refused: pyjit has no metaclasses.
     */
    @TruffleBoundary
    private static PyDict keywords(String[] names, Object[] values) {
        PyDict keywords = new PyDict();
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                keywords.put(names[i], values[i]);
                continue;
            }
            if (!(values[i] instanceof PyDict mapping)) {
                throw PyErrors.typeError("__build_class__() argument after ** must be a mapping, not " + PyOps.typeName(values[i]));
            }
            for (Object key : mapping.keys()) {
                if (!(key instanceof String)) {
                    throw PyErrors.typeError("keywords must be strings");
                }
                if (keywords.containsKey(key)) {
                    throw PyErrors.typeError("__build_class__() got multiple values for keyword argument '" + key + "'");
                }
                keywords.put(key, mapping.get(key));
            }
        }
        Object metaclass = keywords.get("metaclass");
        if (metaclass != null) {
            if (metaclass != PyTypes.TYPE) {
                throw PyErrors.notImplementedError("pyjit does not support metaclasses");
            }
            keywords.remove("metaclass");
        }
        return keywords;
    }

    @TruffleBoundary
    private static PyDict newNamespace(String qualName, String doc) {
        PyDict ns = new PyDict();
        ns.put("__module__", "__main__");
        ns.put("__qualname__", qualName);
        if (doc != null) {
            // CPython's class body stores it first thing.
            ns.put("__doc__", doc);
        }
        return ns;
    }

    @TruffleBoundary
    private static Object build(String name, Object[] bases, PyDict ns, Object classCell, PyDict keywords) {
        PyClass[] classes = new PyClass[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyClass c)) {
                throw PyErrors.typeError("bases must be types");
            }
            classes[i] = c;
        }
        PyClass cls = PyClass.create(name, classes, ns);
        if (classCell instanceof PyCell cell) {
            cell.set(cls);
        }
        cls.announce(keywords);
        return cls;
    }

}
