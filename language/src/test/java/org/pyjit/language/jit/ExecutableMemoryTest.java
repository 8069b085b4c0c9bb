package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** W^X, checked in the kernel's view of the process: /proc/self/maps. */
class ExecutableMemoryTest {
    private static JitTestSupport support;

    @BeforeAll
    static void enter() {
        support = new JitTestSupport();
    }

    @AfterAll
    static void leave() {
        support.close();
    }

    record Mapping(long start, long end, String perms) {
        boolean writableAndExecutable() {
            return perms.charAt(1) == 'w' && perms.charAt(2) == 'x';
        }
    }

    static List<Mapping> maps() throws IOException {
        List<Mapping> result = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split("\\s+");
            String[] range = f[0].split("-");
            result.add(new Mapping(Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16), f[1]));
        }
        return result;
    }

    static Mapping mappingOf(long address) throws IOException {
        for (Mapping m : maps()) {
            if (m.start() <= address && address < m.end()) {
                return m;
            }
        }
        return null;
    }

    @Test
    void codeIsNeverWritableAndExecutable() throws IOException {
        Emitter e = Regions.sumLoop(StencilLibrary.get(), false);
        ExecutableMemory memory = ExecutableMemory.allocate(support.libc, e.layout());
        try {
            assertEquals("rw-p", mappingOf(memory.address()).perms(), "mapped writable, not executable");
            memory.write(e.patch(memory.address()));
            memory.makeExecutable();
            Mapping code = mappingOf(memory.address());
            assertEquals("r-xp", code.perms(), "executable, no longer writable");
            assertTrue(code.end() - memory.address() >= memory.size());
        } finally {
            memory.release();
        }
        assertNull(mappingOf(memory.address()), "unmapped on release");
    }

    @Test
    void regionsTakePagesOfTheirOwnFromOneMapping() throws IOException {
        CodePages pages = new CodePages(support.libc);
        int page = ExecutableMemory.PAGE_SIZE;
        long first = pages.take(page);
        long second = pages.take(2 * page);
        long third = pages.take(page);
        assertEquals(first + page, second, "one mapping serves consecutive regions");
        assertEquals(second + 2 * page, third);
        try {
            support.libc.protect(second, 2 * page, NativeLibc.PROT_READ | NativeLibc.PROT_EXEC);
            assertEquals("rw-p", mappingOf(first).perms());
            assertEquals("r-xp", mappingOf(second).perms(), "protecting a region's pages");
            assertEquals("r-xp", mappingOf(second + page).perms());
            assertEquals("rw-p", mappingOf(third).perms(), "leaves the next region's pages alone");
            pages.releaseSpare();
            assertNull(mappingOf(third + page), "spare pages unmapped");
            assertEquals("rw-p", mappingOf(third).perms(), "pages handed out stay mapped");
        } finally {
            support.libc.unmap(first, 4L * page);
        }
        assertNull(mappingOf(second));
    }

    @Test
    void noRegionPageIsWritableAndExecutable() throws IOException {
        List<NativeRegion> regions = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                regions.add(NativeRegion.install(support.libc, Regions.sumLoop(StencilLibrary.get(), i % 2 == 0)));
            }
            List<Mapping> all = maps();
            int foreign = 0;
            for (Mapping m : all) {
                for (NativeRegion r : regions) {
                    boolean overlaps = m.start() < r.address() + r.mappedBytes() && r.address() < m.end();
                    if (overlaps) {
                        assertFalse(m.writableAndExecutable(), "region page " + m);
                        assertEquals("r-xp", m.perms());
                    }
                }
                if (m.writableAndExecutable()) {
                    foreign++;
                }
            }
            // The JVM's own code cache may be rwx; none of ours is.
            System.out.println("[jit] writable+executable mappings not created by pyjit: " + foreign);
        } finally {
            regions.forEach(NativeRegion::release);
        }
    }
}
