package org.pyjit.language.jit;

import java.lang.foreign.MemorySegment;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Page-rounded memory for one region's code (its own pages, see {@link CodePages}), strictly W^X:
 * read-write, written once, then switched to read-execute; never writable and executable at the
 * same time.
 */
public final class ExecutableMemory {
    public static final int PAGE_SIZE = 4096;

    private final NativeLibc libc;
    private final long address;
    private final long size;
    private boolean executable;
    private boolean released;

    private ExecutableMemory(NativeLibc libc, long address, long size) {
        this.libc = libc;
        this.address = address;
        this.size = size;
    }

    /** Writable (not yet executable) pages of its own for at least {@code bytes}. */
    @TruffleBoundary
    public static ExecutableMemory allocate(NativeLibc libc, int bytes) {
        long size = Math.max(PAGE_SIZE, (bytes + PAGE_SIZE - 1L) / PAGE_SIZE * PAGE_SIZE);
        return new ExecutableMemory(libc, libc.codePages().take(size), size);
    }

    public long address() {
        return address;
    }

    public long size() {
        return size;
    }

    @TruffleBoundary
    public void write(byte[] image) {
        if (executable || released) {
            throw new IllegalStateException("code memory is no longer writable");
        }
        if (image.length > size) {
            throw new IllegalArgumentException("image larger than the mapping");
        }
        MemorySegment.copy(MemorySegment.ofArray(image), 0, MemorySegment.ofAddress(address).reinterpret(size), 0, image.length);
    }

    /** Drops write access and grants execution: from here on the code can run and never change. */
    @TruffleBoundary
    public void makeExecutable() {
        libc.protect(address, size, NativeLibc.PROT_READ | NativeLibc.PROT_EXEC);
        executable = true;
    }

    public boolean isExecutable() {
        return executable && !released;
    }

    @TruffleBoundary
    public void release() {
        if (!released) {
            released = true;
            libc.unmap(address, size);
        }
    }
}
