package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.nodes.PyRootNode;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.runtime.PyGenerator;

/**
 * The root of a generator function: binds the parameters (its body here is just the prologue)
 * and returns a generator whose frame is this root's frame, materialized.
 */
public final class PyGeneratorFunctionRootNode extends PyRootNode {
    private final RootCallTarget generatorBody;
    private final int generatorSlot;

    public PyGeneratorFunctionRootNode(PyLanguage language, FrameDescriptor descriptor, PyStatementNode prologue, RootCallTarget generatorBody, int generatorSlot,
                    String name, String qualName, String fileName, int firstLine, SourceSection sourceSection) {
        super(language, descriptor, prologue, name, qualName, fileName, firstLine, sourceSection);
        this.generatorBody = generatorBody;
        this.generatorSlot = generatorSlot;
    }

    @Override
    protected Object executeBody(VirtualFrame frame) {
        body.executeVoid(frame);
        MaterializedFrame m = frame.materialize();
        PyGenerator g = new PyGenerator(m, generatorBody, name, qualName, PyContext.get(this));
        m.setObjectStatic(generatorSlot, g);
        return g;
    }
}
