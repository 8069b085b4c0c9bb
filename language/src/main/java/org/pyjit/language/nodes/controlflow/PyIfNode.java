package org.pyjit.language.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;
import org.pyjit.language.nodes.PyExpressionNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.expression.PyConditionNode;

public final class PyIfNode extends PyStatementNode {
    @Child private PyConditionNode test;
    @Child private PyStatementNode then;
    @Child private PyStatementNode orelse;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public PyIfNode(PyExpressionNode test, PyStatementNode then, PyStatementNode orelse) {
        this.test = new PyConditionNode(test);
        this.then = then;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(test.execute(frame))) {
            then.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    public Object runReturning(VirtualFrame frame) {
        if (profile.profile(test.execute(frame))) {
            return then.runReturning(frame);
        } else if (orelse != null) {
            return orelse.runReturning(frame);
        }
        return null;
    }
}
