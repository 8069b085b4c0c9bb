package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyOps;

/** {@code del obj[key]} (key == null and name != null: {@code del obj.name}). */
public final class PyDeleteNode extends PyStatementNode {
    @Child private PyExpressionNode object;
    @Child private PyExpressionNode key;
    private final String name;

    public PyDeleteNode(PyExpressionNode object, PyExpressionNode key, String name) {
        this.object = object;
        this.key = key;
        this.name = name;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object o = object.execute(frame);
        if (key != null) {
            PyOps.delItem(o, key.execute(frame));
        } else {
            PyOps.delAttr(o, name);
        }
    }
}
