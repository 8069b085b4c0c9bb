package org.pyjit.stencils.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pyjit.stencils.HoleTarget;
import org.pyjit.stencils.Stencil;
import org.pyjit.stencils.StencilFile;

class StencilFileTest {
    @TempDir
    Path dir;

    private static byte[] packaged() throws Exception {
        try (InputStream in = StencilFile.class.getResourceAsStream(StencilFile.RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePackagedStencilsLoadAndRoundTrip() throws Exception {
        StencilFile file = StencilFile.load();
        List<String> names = file.stencils().stream().map(Stencil::name).toList();
        assertTrue(names.containsAll(List.of("entry", "exit_with", "int_add", "float_div", "poll_interrupt", "jump",
                        "branch_int_lt", "call_f64_f64")), names.toString());
        assertEquals(names.stream().sorted().toList(), names, "stable order");
        assertArrayEquals(packaged(), file.toBytes());
        for (Stencil s : file.stencils()) {
            // bigint.c's stencils loop over limbs, and gcc lays the loops out after their CONTINUE:
            // one jump costs nothing next to them.
            if (s.uses(HoleTarget.CONTINUE) && !s.name().startsWith("big_")) {
                throw new AssertionError(s.name() + " continues by a jump instead of falling through");
            }
        }
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws Exception {
        byte[] bytes = packaged();
        for (int length : new int[]{0, 3, 9, 100, bytes.length / 2, bytes.length - 1}) {
            IOException e = assertThrows(IOException.class, () -> StencilFile.read(Arrays.copyOf(bytes, length)));
            assertTrue(e.getMessage().contains("truncated") || length < 4, length + ": " + e.getMessage());
        }
        byte[] foreign = bytes.clone();
        foreign[0] ^= 1;
        assertEquals("not a pyjit stencil file", assertThrows(IOException.class, () -> StencilFile.read(foreign)).getMessage());
    }

    @Test
    void regeneratingGivesIdenticalBytes() throws Exception {
        Path out = dir.resolve("stencils.bin");
        StencilBuild.main(new String[]{GccFixture.SOURCES.toString(), out.toString(), dir.resolve("obj").toString(),
                        GccFixture.CC});
        assertArrayEquals(packaged(), Files.readAllBytes(out));
    }
}
