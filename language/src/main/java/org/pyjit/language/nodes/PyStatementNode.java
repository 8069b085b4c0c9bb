package org.pyjit.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/** A node that executes a Python statement. */
@GenerateWrapper
public abstract class PyStatementNode extends PySourceNode implements InstrumentableNode {
    /** The source line, reported in tracebacks for exceptions raised while this statement runs. */
    private int line = -1;

    public abstract void executeVoid(VirtualFrame frame);

    /**
     * Runs the statement in a position where a {@code return} ends the function: gives the
     * returned value, or null when the statement completed normally. Blocks, if and loops override
     * it so that a return reached through them alone needs no PyReturnException, whose throwing
     * dominates calls in the interpreter; any other statement lets a nested return throw.
     */
    public Object runReturning(VirtualFrame frame) {
        executeVoid(frame);
        return null;
    }

    public final void setLine(int line) {
        this.line = line;
    }

    public final int getLine() {
        return line;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSourceRange();
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new PyStatementNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return tag == StandardTags.StatementTag.class;
    }
}
