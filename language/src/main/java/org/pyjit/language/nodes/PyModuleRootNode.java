package org.pyjit.language.nodes;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.pyjit.language.PyContext;
import org.pyjit.language.PyLanguage;
import org.pyjit.language.runtime.PyBaseExceptionObject;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyInterop;
import org.pyjit.language.runtime.PyException;
import org.pyjit.language.runtime.PyNone;
import org.pyjit.language.runtime.PyOps;
import org.pyjit.language.runtime.PyTypes;

/** Runs a module's top-level code; turns an escaping SystemExit into an exit request. */
public final class PyModuleRootNode extends RootNode {
    @Child private PyStatementNode body;
    private final String fileName;
    private final SourceSection sourceSection;
    /** An interactive source's module gives the value of its trailing expression (see PyInteractive). */
    @CompilationFinal private boolean returnsValue;
    /** What a module without a value gives: None, or a main program's exit status (PyLanguage.MAIN_MIME_TYPE). */
    @CompilationFinal private Object completion = PyNone.NONE;
    /** CPython's compiler prints these before the module runs (see PySyntaxWarnings). */
    @CompilationFinal private String syntaxWarnings = "";

    public PyModuleRootNode(PyLanguage language, FrameDescriptor descriptor, PyStatementNode body, String fileName, SourceSection sourceSection) {
        super(language, descriptor);
        this.body = body;
        this.fileName = fileName;
        this.sourceSection = PyRootSections.trimmed(sourceSection);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyContext context = PyContext.get(this);
        if (!syntaxWarnings.isEmpty()) {
            context.writeErr(syntaxWarnings);
        }
        context.enterFrame();
        try {
            if (returnsValue) {
                Object result = body.runReturning(frame);
                return result == null ? PyNone.NONE : PyInterop.toForeign(result);
            }
            body.executeVoid(frame);
            return completion;
        } catch (PyException ex) {
            PyException e = PyRaiseLocation.locate(ex, body);
            e.pushFrame(fileName, "<module>");
            throw escaping(context, e);
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            PyException py = PyErrors.recursionError();
            py.pushFrame(fileName, "<module>");
            throw escaping(context, py);
        } finally {
            context.exitFrame();
            context.flushOut();
        }
    }

    public void setSyntaxWarnings(String warnings) {
        this.syntaxWarnings = warnings;
    }

    @TruffleBoundary
    private static RuntimeException escaping(PyContext context, PyException e) {
        e.recordTraceback(null, null);
        Object exc = e.getPyException();
        if (PyOps.isInstance(exc, PyTypes.SYSTEM_EXIT)) {
            return new PyExitException(exitStatus(context, exc));
        }
        return e;
    }

    private static int exitStatus(PyContext context, Object exc) {
        Object code = PyNone.NONE;
        if (exc instanceof PyBaseExceptionObject obj) {
            Object[] args = obj.getArgs();
            if (args.length == 1) {
                code = args[0];
            } else if (args.length > 1) {
                code = new org.pyjit.language.runtime.PyTuple(args);
            }
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (code instanceof Long l) {
            return (int) (long) l;
        }
        if (code instanceof BigInteger) {
            return -1;
        }
        context.writeErr(PyOps.str(code) + "\n");
        return 1;
    }

    public void setCompletesWithExitStatus() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.completion = 0;
    }

    public void setReturnsValue() {
        CompilerDirectives.transferToInterpreterAndInvalidate();
        this.returnsValue = true;
    }

    @Override
    public String getName() {
        return "<module>";
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }
}
