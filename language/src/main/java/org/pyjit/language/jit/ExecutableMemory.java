package org.pyjit.language.jit;

import java.lang.foreign.MemorySegment;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Page-rounded memory for one region's code (its own pages, see {@link CodePages}), strictly W^X:
 * written once, then executable and never writable again. The bytes go to the region's part of the
 * {@link CodeFile} and that part is mapped read-execute over the pages, or, without a code file,
 * into the read-write pages, which are then switched to read-execute.
 */
public final class ExecutableMemory {
    public static final int PAGE_SIZE = 4096;

    private final NativeLibc libc;
    private final long address;
    private final long size;
    /** Null when the pages are written in place and protected. */
    private final CodeFile file;
    private final long fileOffset;
    private boolean written;
    private boolean executable;
    private boolean released;

    ExecutableMemory(NativeLibc libc, long address, long size, CodeFile file, long fileOffset) {
        this.libc = libc;
        this.address = address;
        this.size = size;
        this.file = file;
        this.fileOffset = fileOffset;
    }

    /** Pages of its own, not executable yet, for at least {@code bytes}. */
    @TruffleBoundary
    public static ExecutableMemory allocate(NativeLibc libc, int bytes) {
        long size = Math.max(PAGE_SIZE, (bytes + PAGE_SIZE - 1L) / PAGE_SIZE * PAGE_SIZE);
        return libc.codePages().take(size);
    }

    public long address() {
        return address;
    }

    public long size() {
        return size;
    }

    @TruffleBoundary
    public void write(byte[] image) {
        if (written || released) {
            throw new IllegalStateException("code memory is no longer writable");
        }
        if (image.length > size) {
            throw new IllegalArgumentException("image larger than the mapping");
        }
        written = true;
        if (file != null) {
            file.write(image, fileOffset);
        } else {
            MemorySegment.copy(MemorySegment.ofArray(image), 0, MemorySegment.ofAddress(address).reinterpret(size), 0, image.length);
        }
    }

    /** Grants execution, without write access: from here on the code can run and never change. */
    @TruffleBoundary
    public void makeExecutable() {
        if (file == null) {
            libc.protect(address, size, NativeLibc.PROT_READ | NativeLibc.PROT_EXEC);
        } else if (!libc.mapCode(address, size, file.fd(), fileOffset)) {
            throw new IllegalStateException("mapping code at " + Long.toHexString(address) + " failed");
        }
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
