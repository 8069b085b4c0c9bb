package org.pyjit.language.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.runtime.PyDict;
import org.pyjit.language.runtime.PyList;
import org.pyjit.language.runtime.PySet;

/** The empty result of a comprehension. */
public final class PyNewContainerNode extends PyExpressionNode {
    private final PyListAppendNode.Kind kind;

    public PyNewContainerNode(PyListAppendNode.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        switch (kind) {
            case LIST:
                return new PyList();
            case SET:
                return new PySet();
            default:
                return new PyDict();
        }
    }
}
