package org.pyjit.language.jit;

/**
 * Read-write pages for regions' code, cut from larger anonymous mappings: one mmap serves many
 * regions, where a mapping per region cost an NFI call each (9 µs warm, 100-250 µs while the JVM is
 * still interpreting NFI's call path). Each region still gets whole pages of its own, so that
 * making them executable (and later unmapping them) never touches another region's pages: pages
 * handed out stay writable until their region protects them read-execute; spare pages are never
 * executable.
 */
final class CodePages {
    private static final long CHUNK = 64 * ExecutableMemory.PAGE_SIZE;

    private final NativeLibc libc;
    private long next;
    private long end;

    CodePages(NativeLibc libc) {
        this.libc = libc;
    }

    /** Maps the first chunk ahead of the first region. */
    synchronized void prepare() {
        if (end == next) {
            mapChunk();
        }
    }

    /** {@code size} bytes (a multiple of the page size) of fresh read-write pages. */
    synchronized long take(long size) {
        if (size > CHUNK) {
            return libc.mapReadWrite(size);
        }
        if (end - next < size) {
            releaseSpare();
            mapChunk();
        }
        long address = next;
        next += size;
        return address;
    }

    private void mapChunk() {
        next = libc.mapReadWrite(CHUNK);
        end = next + CHUNK;
    }

    /** Unmaps the pages not handed out yet (when tier 2 shuts down, or before mapping a new chunk). */
    synchronized void releaseSpare() {
        if (end > next) {
            libc.unmap(next, end - next);
        }
        next = 0;
        end = 0;
    }
}
