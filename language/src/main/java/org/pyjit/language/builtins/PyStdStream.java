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
