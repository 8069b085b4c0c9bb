package org.pyjit.language.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.interop.NodeLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.nodes.generator.PyGeneratorBodyRootNode;
import org.pyjit.language.nodes.jit.PyRegionHookNode;
import org.pyjit.language.runtime.PyFrameLayout;
import org.pyjit.language.runtime.PyFrameScope;

/**
 * Common base of expression and statement nodes: the character range of their source text. Tools
 * ask the node they stopped at for the variables in scope (NodeLibrary): those of the whole
 * function, class body or module, as Python has no narrower scopes.
 */
@ExportLibrary(NodeLibrary.class)
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

    @ExportMessage
    final boolean hasScope(Frame frame) {
        return scope(boundaryFrame(frame), false) != null;
    }

    @ExportMessage
    final Object getScope(Frame frame, @SuppressWarnings("unused") boolean nodeEnter) throws UnsupportedMessageException {
        Object scope = scope(boundaryFrame(frame), false);
        if (scope == null) {
            throw UnsupportedMessageException.create();
        }
        return scope;
    }

    @ExportMessage
    final boolean hasRootInstance(Frame frame) {
        return scope(boundaryFrame(frame), true) != null;
    }

    @ExportMessage
    final Object getRootInstance(Frame frame) throws UnsupportedMessageException {
        Object function = scope(boundaryFrame(frame), true);
        if (function == null) {
            throw UnsupportedMessageException.create();
        }
        return function;
    }

    /**
     * The frame as the boundary below may take it: a virtual frame, which must not escape compiled
     * code, materialized; any other as it is (a debugger's read-only view of a caller's frame
     * refuses to be materialized). An Object, as a boundary may not take a Frame.
     */
    private static Object boundaryFrame(Frame frame) {
        return frame instanceof VirtualFrame v ? v.materialize() : frame;
    }

    /** The variables in scope here ({@code rootInstance}: the function running), or null when unknown. */
    @TruffleBoundary
    private Object scope(Object frameObject, boolean rootInstance) {
        Frame frame = (Frame) frameObject;
        Frame variables = PyFrameLayout.variablesFrame(frame);
        PyFrameLayout layout = layout(variables, frame != null);
        if (layout == null) {
            return null;
        }
        if (rootInstance) {
            return PyFrameScope.rootInstance(layout, variables);
        }
        RootNode root = getRootNode();
        return PyFrameScope.create(layout, variables, root.getName(), root.getSourceSection());
    }

    /** The layout of {@code variables}, or without a frame the layout of this node's function; null when unknown. */
    private PyFrameLayout layout(Frame variables, boolean hadFrame) {
        if (variables != null) {
            return (PyFrameLayout) variables.getFrameDescriptor().getInfo();
        }
        RootNode root = getRootNode();
        if (hadFrame || root == null) {
            return null;
        }
        if (root instanceof PyGeneratorBodyRootNode g) {
            return g.getLayout();
        }
        return root.getFrameDescriptor().getInfo() instanceof PyFrameLayout l ? l : null;
    }
}
