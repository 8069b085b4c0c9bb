package org.pyjit.language.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.nodes.PyRaiseLocation;
import org.pyjit.language.nodes.PyRootSections;
import org.pyjit.language.nodes.PyStatementNode;
import org.pyjit.language.nodes.controlflow.PyReturnException;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyFrameLayout;
import org.pyjit.language.runtime.PyGenerator;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/**
 * Runs a generator's body on the generator's frame (argument 0) until the next yield. Returns
 * {@code TRUE} when it yielded (the value is left in the generator, {@link PyGenerator#takeYielded}),
 * {@code FALSE} when the body finished (the generator is then marked finished): always a Boolean,
 * because Truffle speculates on the class a call target returns, and a yielded int followed by
 * "finished" invalidated the compiled body of every generator once it ran out.
 */
public final class PyGeneratorBodyRootNode extends RootNode {
    @Child private PyStatementNode body;
    private final String name;
    private final String qualName;
    private final String fileName;
    private final int firstLine;
    private final SourceSection sourceSection;
    /** The variables of the generator's frame, which this root's own frame does not describe. */
    private final PyFrameLayout layout;

    public PyGeneratorBodyRootNode(PyLanguage language, PyStatementNode body, String name, String qualName, String fileName, int firstLine,
                    SourceSection sourceSection, PyFrameLayout layout) {
        super(language);
        this.layout = layout;
        this.body = body;
        this.name = name;
        this.qualName = qualName;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.sourceSection = PyRootSections.trimmed(sourceSection);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        MaterializedFrame generatorFrame = (MaterializedFrame) args[0];
        PyGenerator generator = (PyGenerator) args[1];
        PyContext context = generator.getContext();
        context.enterFrame();
        try {
            Object result = body.runReturning(generatorFrame);
            if (result == PyGeneratorState.YIELDED) {
                return Boolean.TRUE;
            }
            generator.markFinished(result == null ? PyNone.NONE : result);
            return Boolean.FALSE;
        } catch (PyYieldException y) {
            Object v = y.getValue();
            if (v != PyGeneratorState.YIELDED) {
                generator.setYielded(v);
            }
            return Boolean.TRUE;
        } catch (PyReturnException r) {
            generator.markFinished(r.getValue());
            return Boolean.FALSE;
        } catch (PyException e) {
            generator.markFinished(PyNone.NONE);
            e.setPendingLineIfUnset(firstLine);
            if (PyOps.isInstance(e.getPyException(), PyTypes.STOP_ITERATION)) {
                e.recordTraceback(fileName, name);
                throw PyErrors.generatorRaisedStopIteration(e);
            }
            PyException located = PyRaiseLocation.locate(e, body);
            located.pushFrame(fileName, name);
            throw located;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PyException py = PyErrors.recursionError();
            py.pushFrame(fileName, name);
            throw py;
        } finally {
            context.exitFrame();
        }
    }

    public PyFrameLayout getLayout() {
        return layout;
    }

    @Override
    public String getName() {
        return qualName;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }
}
