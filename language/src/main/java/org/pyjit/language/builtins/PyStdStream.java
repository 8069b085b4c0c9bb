package org.pyjit.language.builtins;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.pyjit.language.PyContext;
import org.pyjit.language.runtime.PyClass;
import org.pyjit.language.runtime.PyErrors;
import org.pyjit.language.runtime.PyIterator;
import org.pyjit.language.runtime.PyObject;
import org.pyjit.language.runtime.PyTypes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sys.stdin / sys.stdout / sys.stderr: reads come from the context's input stream (the bytes
 * input() reads too, so the two can be mixed), writes go to its output streams. Iterating over
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
    @TruffleBoundary
    String readLine() {
        byte[] line = readLineBytes(input(), true);
        return line == null ? "" : new String(line, StandardCharsets.UTF_8);
    }

    /** read(): everything left. */
    @TruffleBoundary
    String readAll() {
        try {
            return new String(input().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PyErrors.of(PyTypes.OS_ERROR, e.getMessage());
        }
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

    private InputStream input() {
        readable();
        PyContext.get(null).flushOut();
        return PyContext.get(null).getIn();
    }

    /**
     * The bytes of the next line of {@code in}, read one at a time so that nothing past it is
     * consumed; with or without its '\n'. Null at the end of the input.
     */
    static byte[] readLineBytes(InputStream in, boolean keepNewline) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            int b;
            boolean any = false;
            while ((b = in.read()) >= 0) {
                any = true;
                if (b == '\n') {
                    if (keepNewline) {
                        buf.write(b);
                    }
                    break;
                }
                buf.write(b);
            }
            return any ? buf.toByteArray() : null;
        } catch (IOException e) {
            throw PyErrors.of(PyTypes.OS_ERROR, e.getMessage());
        }
    }
}
