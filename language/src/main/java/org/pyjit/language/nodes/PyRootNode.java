package org.pyjit.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.nodes.controlflow.PyReturnException;
import org.pyjit.language.nodes.jit.PyFunctionJitNode;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/**
 * The root of a function body (def, lambda, comprehension, class body). It counts the Python
 * recursion depth and appends this frame to the traceback of escaping exceptions.
 */
public class PyRootNode extends RootNode {
    @Child protected PyStatementNode body;
    @Child private PyFunctionJitNode tier2 = PyFunctionJitNode.create();
    protected final String name;
    protected final String qualName;
    protected final String fileName;
    protected final int firstLine;
    private final SourceSection sourceSection;
    /** A generator expression's loop run without a generator (PEP 479 applies to it all the same). */
    private final boolean generatorExpression;

    public PyRootNode(PyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name, String qualName, String fileName, int firstLine,
                    SourceSection sourceSection) {
        this(language, descriptor, body, name, qualName, fileName, firstLine, sourceSection, false);
    }

    public PyRootNode(PyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name, String qualName, String fileName, int firstLine,
                    SourceSection sourceSection, boolean generatorExpression) {
        super(language, descriptor);
        this.generatorExpression = generatorExpression;
        this.body = body;
        this.name = name;
        this.qualName = qualName;
        this.fileName = fileName;
        this.firstLine = firstLine;
        this.sourceSection = PyRootSections.trimmed(sourceSection);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyContext context = PyContext.get(this);
        context.enterFrame();
        try {
            return executeBody(frame);
        } catch (PyException ex) {
            ex.setPendingLineIfUnset(firstLine);
            if (generatorExpression && PyOps.isInstance(ex.getPyException(), PyTypes.STOP_ITERATION)) {
                ex.recordTraceback(fileName, name);
                throw PyErrors.generatorRaisedStopIteration(ex);
            }
            PyException e = PyRaiseLocation.locate(ex, body);
            e.pushFrame(fileName, name);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PyException py = PyErrors.recursionError();
            py.pushFrame(fileName, name);
            throw py;
        } finally {
            context.exitFrame();
        }
    }

    protected Object executeBody(VirtualFrame frame) {
        Object nativeResult = tier2.call(frame);
        if (nativeResult != null) {
            return nativeResult;
        }
        try {
            Object result = body.runReturning(frame);
            return result == null ? PyNone.NONE : result;
        } catch (PyReturnException r) {
            return r.getValue();
        }
    }

    @Override
    public String getName() {
        return qualName;
    }

    @Override
    public String toString() {
        return qualName;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    protected boolean isInstrumentable() {
        return true;
    }
}
