package org.pyjit.language.nodes.call;

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

/**
 * Creates a class: runs the class body (a function of its own, called with the namespace dict)
 * and builds the class from the namespace. The body returns its {@code __class__} cell, if
 * methods use zero-argument super(), which then gets the new class.
 */
public final class PyClassDefNode extends PyExpressionNode {
    private final String name;
    private final String qualName;
    @Children private final PyExpressionNode[] bases;
    @Child private PyMakeFunctionNode makeBody;
    @Child private DirectCallNode callBody;

    public PyClassDefNode(String name, String qualName, PyExpressionNode[] bases, PyMakeFunctionNode makeBody) {
        this.name = name;
        this.qualName = qualName;
        this.bases = bases;
        this.makeBody = makeBody;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object[] b = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            b[i] = bases[i].execute(frame);
        }
        PyFunction body = (PyFunction) makeBody.execute(frame);
        if (callBody == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            callBody = insert(DirectCallNode.create(body.getCallTarget()));
        }
        PyDict ns = newNamespace(qualName);
        Object classCell = callBody.call(body, ns);
        return build(name, b, ns, classCell);
    }

    @TruffleBoundary
    private static PyDict newNamespace(String qualName) {
        PyDict ns = new PyDict();
        ns.put("__module__", "__main__");
        ns.put("__qualname__", qualName);
        return ns;
    }

    @TruffleBoundary
    private static Object build(String name, Object[] bases, PyDict ns, Object classCell) {
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
        cls.announce();
        return cls;
    }

}
