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

    /**
     * read(size) and readline(size): at most {@code size} characters (decoded from UTF-8 as they
     * come, so no byte past them is consumed), and for a line not past its newline.
     */
    @TruffleBoundary
    String readChars(long size, boolean line) {
        InputStream in = input();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try {
            for (long n = 0; n < size; n++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                buf.write(b);
                // The continuation bytes of a multi-byte character: 1, 2 or 3 by its lead byte.
                int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
                for (int k = 0; k < more && (b = in.read()) >= 0; k++) {
                    buf.write(b);
                }
                if (line && more == 0 && b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErrors.of(PyTypes.OS_ERROR, e.getMessage());
        }
        return buf.toString(StandardCharsets.UTF_8);
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
        PyContext ctx = PyContext.get(null);
        ctx.flushOut();
        return ctx.getIn();
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
