package org.pyjit.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.nodes.jit.PyRegionHookNode;

/** Common base of expression and statement nodes: the character range of their source text. */
public abstract class PySourceNode extends Node {
    private int sourceStart = -1;
    private int sourceLength;

    public final void setSourceRange(int start, int length) {
        this.sourceStart = start;
        this.sourceLength = length;
    }

    public final boolean hasSourceRange() {
        return sourceStart >= 0;
    }

    public final int getSourceStart() {
        return sourceStart;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    /**
     * A tool (a breakpoint, a tracer) wrapping this node: the loops and the function around it leave
     * tier 2, whose native code would run past the tool's probes.
     */
    @Override
    protected void onReplace(Node newNode, CharSequence reason) {
        if (newNode instanceof InstrumentableNode.WrapperNode) {
            PyRegionHookNode.leaveTier2Around(this);
        }
    }

    @Override
    @TruffleBoundary
    public final SourceSection getSourceSection() {
        if (sourceStart < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        if (sourceStart + sourceLength > source.getLength()) {
            return source.createUnavailableSection();
        }
        return source.createSection(sourceStart, sourceLength);
    }
}
