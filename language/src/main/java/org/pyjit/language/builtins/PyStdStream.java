package org.pyjit.language.builtins;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyIterator;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyStdinBuffer;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sys.stdin / sys.stdout / sys.stderr: reads come from the context's stdin buffer (which input()
 * reads too, so the two can be mixed), writes go to its output streams. Iterating over
 * stdin gives its lines, each with its newline.
 */
final class PyStdStream extends PyObject implements PyIterator {
    enum Kind {
        IN("<stdin>"),
        OUT("<stdout>"),
        ERR("<stderr>");

        final String name;

        Kind(String name) {
            this.name = name;
        }
    }

    private final Kind kind;

    PyStdStream(Kind kind) {
        super(EMPTY_SHAPE);
        this.kind = kind;
    }

    @Override
    public PyClass getPyClass() {
        return PyTypes.SYS_STREAM;
    }

    String getName() {
        return kind.name;
    }

    @TruffleBoundary
    void write(String s) {
        if (kind == Kind.IN) {
            throw PyErrors.of(PyTypes.OS_ERROR, "not writable");
        }
        PyContext ctx = PyContext.get(null);
        // CPython's TextIOWrapper.write is C code two checked calls deep: print() at the last level
        // allowed raises "while calling a Python object" and writes nothing
        ctx.checkRuntimeDepth(2, " while calling a Python object");
        if (kind == Kind.ERR) {
            ctx.writeErr(s);
        } else {
            ctx.writeOut(s);
        }
    }

    @TruffleBoundary
    void flush() {
        if (kind == Kind.OUT) {
            PyContext.get(null).flushOut();
        }
    }

    /** readline(): the next line with its newline, "" at the end of the input. */
    String readLine() {
        String line = input().readLine(true);
        return line == null ? "" : line;
    }

    /** read(size) and readline(size): at most {@code size} characters, for a line not past its newline. */
    String readChars(long size, boolean line) {
        return input().readChars(size, line);
    }

    /** read(): everything left. */
    String readAll() {
        return input().readAll();
    }

    @Override
    public Object nextOrNull() {
        String line = readLine();
        return line.isEmpty() ? null : line;
    }

    /** Raises for stdout and stderr, which cannot be read. */
    void readable() {
        if (kind != Kind.IN) {
            throw PyErrors.of(PyTypes.OS_ERROR, "not readable");
        }
    }

    private PyStdinBuffer input() {
        readable();
        return PyContext.get(null).stdin();
    }
}
