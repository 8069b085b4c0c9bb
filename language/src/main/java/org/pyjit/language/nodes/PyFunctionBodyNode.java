package org.pyjit.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/** The whole body of a function or module (prologue included): carries the RootTag for tools. */
public final class PyFunctionBodyNode extends PyStatementNode {
    @Child private PyStatementNode body;

    public PyFunctionBodyNode(PyStatementNode body) {
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        body.executeVoid(frame);
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        return body.runReturning(frame);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.RootTag.class || tag == StandardTags.RootBodyTag.class;
    }
}
