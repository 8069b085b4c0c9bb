package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.local.PySetAttrNode;
import org.pyjit.language.nodes.local.PySetAttrNodeGen;
import org.pyjit.language.nodes.local.PyItemWriteNode;
import org.pyjit.language.nodes.local.PyTargetNode;
import org.pyjit.language.parser.PyAst.BinOpKind;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyOps;

/**
 * {@code target op= value}. The target's parts are evaluated once. Immutable values (numbers,
 * strings) use the binary operator's fast paths; objects go through {@code __iadd__} and friends.
 */
public final class PyAugAssignNode extends PyStatementNode {
    private final BinOpKind op;
    @Child private PyBinaryNode binary;
    @Child private PyExpressionNode value;
    // name targets
    @Child private PyExpressionNode read;
    @Child private PyTargetNode write;
    // attribute / subscript targets
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    @Child private PyGetAttrNode getAttr;
    @Child private PySetAttrNode setAttr;
    @Child private PyItemReadNode getItem;
    @Child private PyItemWriteNode setItem;

    private PyAugAssignNode(BinOpKind op, PyBinaryNode binary, PyExpressionNode value) {
        this.op = op;
        this.binary = binary;
        this.value = value;
    }

    public static PyAugAssignNode forName(BinOpKind op, PyBinaryNode binary, PyExpressionNode value, PyExpressionNode read, PyTargetNode write) {
        PyAugAssignNode n = new PyAugAssignNode(op, binary, value);
        n.read = read;
        n.write = write;
        return n;
    }

    public static PyAugAssignNode forAttribute(BinOpKind op, PyBinaryNode binary, PyExpressionNode value, PyExpressionNode object, String name) {
        PyAugAssignNode n = new PyAugAssignNode(op, binary, value);
        n.object = object;
        n.getAttr = PyGetAttrNodeGen.create(name, null);
        n.setAttr = PySetAttrNodeGen.create(name);
        return n;
    }

    public static PyAugAssignNode forSubscript(BinOpKind op, PyBinaryNode binary, PyExpressionNode value, PyExpressionNode object, PyExpressionNode key) {
        PyAugAssignNode n = new PyAugAssignNode(op, binary, value);
        n.object = object;
        n.key = key;
        n.getItem = new PyItemReadNode();
        n.setItem = new PyItemWriteNode();
        return n;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (read != null) {
            Object old = read.execute(frame);
            write.executeWrite(frame, apply(old, value.execute(frame)));
        } else if (key == null) {
            Object o = object.execute(frame);
            Object old = getAttr.executeWith(o);
            setAttr.execute(o, apply(old, value.execute(frame)));
        } else {
            Object o = object.execute(frame);
            Object k = key.execute(frame);
            Object old = getItem.execute(o, k);
            setItem.execute(o, k, apply(old, value.execute(frame)));
        }
    }

    private Object apply(Object old, Object v) {
        if (old instanceof PyObject) {
            return PyOps.inplaceOp(op, old, v);
        }
        return binary.executeWith(old, v);
    }
}
