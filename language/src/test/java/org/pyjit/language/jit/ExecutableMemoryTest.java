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

    record Mapping(long start, long end, String perms, String path) {
        boolean writableAndExecutable() {
            return perms.charAt(1) == 'w' && perms.charAt(2) == 'x';
        }
    }

    static List<Mapping> maps() throws IOException {
        List<Mapping> result = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
            String[] f = line.split("\\s+");
            String[] range = f[0].split("-");
            String path = f.length > 5 ? String.join(" ", List.of(f).subList(5, f.length)) : "";
            result.add(new Mapping(Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16), f[1], path));
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
    void codeIsWrittenToAFileAndMappedReadExecute() throws IOException {
        CodePages pages = new CodePages(support.libc);
        assertTrue(pages.throughFile(), "this kernel has memory files that may be mapped executable");
        // Written through the file, never through a mapping.
        Mapping code = installOneRegion(pages, false);
        assertEquals("r-xs", code.perms(), "executable, never writable");
        assertTrue(code.path().contains("memfd:pyjit-code"), code.path());
    }

    @Test
    void withoutAFileCodeIsWrittenThenProtected() throws IOException {
        CodePages pages = new CodePages(support.libc, false);
        assertFalse(pages.throughFile());
        Mapping code = installOneRegion(pages, true);
        assertEquals("r-xp", code.perms(), "executable, no longer writable");
    }

    /**
     * Installs a region on a page of {@code pages}, checking that the page is read-write until it
     * is executable ({@code writable}) or never writable, and that releasing unmaps it; the mapping
     * of the executable page.
     */
    private static Mapping installOneRegion(CodePages pages, boolean writable) throws IOException {
        try {
            Emitter e = Regions.sumLoop(StencilLibrary.get(), false);
            ExecutableMemory memory = pages.take(ExecutableMemory.PAGE_SIZE);
            memory.write(e.patch(memory.address()));
            Mapping written = mappingOf(memory.address());
            if (writable) {
                assertEquals("rw-p", written.perms(), "written, not executable yet");
            } else {
                assertFalse(written.perms().contains("w"), written.toString());
            }
            memory.makeExecutable();
            Mapping code = mappingOf(memory.address());
            assertTrue(code.end() - memory.address() >= memory.size());
            memory.release();
            assertNull(mappingOf(memory.address()), "unmapped on release");
            return code;
        } finally {
            pages.close();
        }
    }

    @Test
    void regionsTakePagesOfTheirOwnFromOneMapping() throws IOException {
        for (boolean throughFile : new boolean[]{true, false}) {
            CodePages pages = new CodePages(support.libc, throughFile);
            int page = ExecutableMemory.PAGE_SIZE;
            ExecutableMemory probed = pages.take(page); // the page prepare() probes the file with
            ExecutableMemory first = pages.take(page);
            ExecutableMemory second = pages.take(2 * page);
            ExecutableMemory third = pages.take(page);
            assertEquals(first.address() + page, second.address(), "one mapping serves consecutive regions");
            assertEquals(second.address() + 2 * page, third.address());
            String unused = mappingOf(third.address()).perms();
            try {
                Emitter e = Regions.sumLoop(StencilLibrary.get(), false);
                second.write(e.patch(second.address()));
                second.makeExecutable();
                assertEquals(unused, mappingOf(second.address() - page).perms(), "the previous region's pages untouched");
                assertTrue(mappingOf(second.address()).perms().startsWith("r-x"), "the region's pages executable");
                assertTrue(mappingOf(second.address() + page).perms().startsWith("r-x"));
                assertEquals(unused, mappingOf(third.address()).perms(), "the next region's pages untouched");
                pages.releaseSpare();
                assertNull(mappingOf(third.address() + page), "spare pages unmapped");
                assertEquals(unused, mappingOf(third.address()).perms(), "pages handed out stay mapped");
            } finally {
                probed.release();
                first.release();
                second.release();
                third.release();
                pages.close();
            }
            assertNull(mappingOf(second.address()));
        }
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
                        assertTrue(m.perms().startsWith("r-x"), m.toString());
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
