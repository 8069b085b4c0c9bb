package org.pyjit.language.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The context's standard input, buffered as CPython's sys.stdin is: input(), sys.stdin.readline(),
 * read() and iteration share this buffer, which reads ahead whatever the stream has ready. A line
 * is found by scanning the buffer and decoded once, instead of one stream call per byte.
 */
public final class PyStdinBuffer {
    private final InputStream in;
    /** Called before the buffer blocks on the stream, so that a prompt written so far is visible. */
    private final Runnable beforeBlocking;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;

    public PyStdinBuffer(InputStream in, Runnable beforeBlocking) {
        this.in = in;
        this.beforeBlocking = beforeBlocking;
    }

    /** The next line, with its '\n' if {@code keepNewline}; null at the end of the input. */
    @TruffleBoundary
    public String readLine(boolean keepNewline) {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    return take(i + 1, keepNewline ? i + 1 : i);
                }
            }
            compact();
            scanned = limit;
            if (!readMore()) {
                return pos == limit ? null : take(limit, limit);
            }
        }
    }

    /** Up to {@code size} characters, decoded as they come; with {@code line}, not past a '\n'. */
    @TruffleBoundary
    public String readChars(long size, boolean line) {
        int end = pos;
        for (long n = 0; n < size; n++) {
            // A character's lead byte, then its continuation bytes: 1, 2 or 3 by the lead byte.
            int lead = -1;
            for (int more = 0; more >= 0; more--) {
                if (end == limit) {
                    end -= compact();
                    if (!readMore()) {
                        return take(end, end);
                    }
                }
                int b = buf[end++] & 0xFF;
                if (lead < 0) {
                    lead = b;
                    more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
                }
            }
            if (line && lead == '\n') {
                break;
            }
        }
        return take(end, end);
    }

    /** Everything left. */
    @TruffleBoundary
    public String readAll() {
        do {
            compact();
        } while (readMore());
        return take(limit, limit);
    }

    /** Decodes the bytes from pos up to {@code decodeEnd} and consumes them up to {@code next}. */
    private String take(int next, int decodeEnd) {
        String s = new String(buf, pos, decodeEnd - pos, StandardCharsets.UTF_8);
        pos = next;
        return s;
    }

    /** Moves the unread bytes to the start of the buffer; returns by how much they moved. */
    private int compact() {
        int shift = pos;
        if (shift > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= shift;
            pos = 0;
        }
        return shift;
    }

    /** Reads more of the stream after the buffer's bytes, growing it when full. False at the end of the input. */
    private boolean readMore() {
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        beforeBlocking.run();
        try {
            int n = in.read(buf, limit, buf.length - limit);
            // Not remembered: a terminal can give more after an end of input (Ctrl-D), as in CPython.
            if (n < 0) {
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw PyErrors.of(PyTypes.OS_ERROR, e.getMessage());
        }
    }
}
