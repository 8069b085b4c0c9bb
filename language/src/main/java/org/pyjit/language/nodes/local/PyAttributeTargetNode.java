package org.pyjit.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;

/** {@code obj.name = value}. */
public final class PyAttributeTargetNode extends PyTargetNode {
    @Child private PyExpressionNode object;
    @Child private PySetAttrNode setAttr;

    public PyAttributeTargetNode(PyExpressionNode object, String name) {
        this.object = object;
        this.setAttr = PySetAttrNodeGen.create(name);
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        setAttr.execute(object.execute(frame), value);
    }
}
