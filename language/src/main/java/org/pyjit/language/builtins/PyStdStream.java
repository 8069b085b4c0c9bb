package org.pyjit.language.builtins;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** sys.stdout / sys.stderr: writes go to the context's streams. */
final class PyStdStream extends PyObject {
    private final boolean isErr;

    PyStdStream(boolean isErr) {
        super(EMPTY_SHAPE);
        this.isErr = isErr;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.SYS_STREAM;
    }

    String getName() {
        return isErr ? "<stderr>" : "<stdout>";
    }

    @TruffleBoundary
    void write(String s) {
        PyContext ctx = PyContext.get(null);
        // CPython's TextIOWrapper.write is C code two checked calls deep: print() at the last level
        // allowed raises "while calling a Python object" and writes nothing
        ctx.checkRuntimeDepth(2, " while calling a Python object");
        if (isErr) {
            ctx.writeErr(s);
        } else {
            ctx.writeOut(s);
        }
    }

    @TruffleBoundary
    void flush() {
        if (!isErr) {
            PyContext.get(null).flushOut();
        }
    }
}
