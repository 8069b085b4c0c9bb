package org.pyjit.language.jit;

/**
 * Pages for regions' code, cut from larger mappings: one mmap serves many regions, where a mapping
 * per region cost an NFI call each (9 µs warm, 100-250 µs while the JVM is still interpreting NFI's
 * call path). Each region still gets whole pages of its own, so that making them executable (and
 * later unmapping them) never touches another region's pages; spare pages are never executable.
 * <p>
 * Where the kernel allows it, the mappings are address space nothing may access, and a region's
 * code is written to its part of a {@link CodeFile}, which is then mapped read-execute over its
 * pages. Elsewhere they are read-write memory that a region writes and then protects read-execute.
 */
final class CodePages {
    private static final long CHUNK = 64 * ExecutableMemory.PAGE_SIZE;

    private final NativeLibc libc;
    private final boolean tryFile;
    private boolean prepared;
    /** Null when code goes through mprotect. */
    private CodeFile file;
    private long next;
    private long end;
    /**
     * The file offset of {@code next}'s page, and of the end of the file's parts handed out so far
     * (after the first page, which only the probe in {@link #prepare} maps and nothing writes).
     */
    private long nextOffset;
    private long fileEnd = ExecutableMemory.PAGE_SIZE;

    CodePages(NativeLibc libc) {
        this(libc, true);
    }

    /** {@code tryFile} false: code always goes through mprotect (for tests of that path). */
    CodePages(NativeLibc libc, boolean tryFile) {
        this.libc = libc;
        this.tryFile = tryFile;
    }

    /**
     * Opens the code file and maps the first chunk ahead of the first region. The file's first page,
     * which holds no code, is mapped over the chunk's first page right away, so that a kernel that
     * refuses executable memory files (a sysctl or a security policy) is found before a region needs
     * one; the first region maps its own part over it.
     */
    synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        file = tryFile ? CodeFile.open(libc) : null;
        mapChunk();
        if (file != null && !libc.mapCode(next, ExecutableMemory.PAGE_SIZE, file.fd(), 0)) {
            releaseSpare();
            file.close();
            file = null;
            mapChunk();
        }
    }

    /** Fresh pages of {@code size} bytes (a multiple of the page size) for one region. */
    synchronized ExecutableMemory take(long size) {
        prepare();
        if (size > CHUNK) {
            long offset = fileEnd;
            fileEnd += size;
            return new ExecutableMemory(libc, fresh(size), size, file, offset);
        }
        if (end - next < size) {
            releaseSpare();
            mapChunk();
        }
        ExecutableMemory pages = new ExecutableMemory(libc, next, size, file, nextOffset);
        next += size;
        nextOffset += size;
        return pages;
    }

    /** Whether code is written to a file and mapped, rather than protected in place. */
    synchronized boolean throughFile() {
        prepare();
        return file != null;
    }

    private long fresh(long size) {
        return file != null ? libc.reserve(size) : libc.mapReadWrite(size);
    }

    private void mapChunk() {
        next = fresh(CHUNK);
        end = next + CHUNK;
        nextOffset = fileEnd;
        fileEnd += CHUNK;
    }

    /** Unmaps the pages not handed out yet (before mapping a new chunk, or when tier 2 shuts down). */
    synchronized void releaseSpare() {
        if (end > next) {
            libc.unmap(next, end - next);
        }
        next = 0;
        end = 0;
    }

    /** Releases the spare pages and the code file (the regions' own pages are theirs to unmap). */
    synchronized void close() {
        releaseSpare();
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
