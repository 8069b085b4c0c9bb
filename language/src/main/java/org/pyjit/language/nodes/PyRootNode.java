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

    public PyRootNode(PyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String name, String qualName, String fileName, int firstLine,
                    SourceSection sourceSection) {
        super(language, descriptor);
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
