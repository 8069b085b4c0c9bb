package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Measures (prints, never asserts) how long copy-and-patch takes for a 40-micro-op region. */
class EmitTimeTest {
    private static JitTestSupport support;

    @BeforeAll
    static void enter() {
        support = new JitTestSupport();
    }

    @AfterAll
    static void leave() {
        support.close();
    }

    @Test
    void emitTimeOfAFortyOpRegion() {
        StencilLibrary library = StencilLibrary.get();
        long sqrt = support.libc.symbolAddress("libm.so.6", "sqrt");
        assertEquals(40, Regions.fortyOps(library, sqrt).instructionCount());

        long[] patch = new long[20_000];
        int bytes = 0;
        for (int i = 0; i < patch.length; i++) {
            long t0 = System.nanoTime();
            Emitter e = Regions.fortyOps(library, sqrt);
            bytes = e.patch(0x7f00_0000_0000L).length;
            patch[i] = System.nanoTime() - t0;
        }
        long[] install = new long[400];
        for (int i = 0; i < install.length; i++) {
            long t0 = System.nanoTime();
            NativeRegion r = NativeRegion.install(support.libc, Regions.fortyOps(library, sqrt));
            install[i] = System.nanoTime() - t0;
            r.release();
        }
        System.out.printf("[jit] 40-op region, %d bytes: copy+patch median %.1f us (last half of %d runs); "
                        + "installed (%s, bound through NFI, %s) median %.1f us (last half of %d runs)%n", bytes,
                        median(patch) / 1000.0, patch.length,
                        support.libc.codePages().throughFile() ? "written to the code file, mapped read-execute" : "written, mprotected",
                        support.libc.backend(), median(install) / 1000.0, install.length);
    }

    private static double median(long[] samples) {
        long[] warm = Arrays.copyOfRange(samples, samples.length / 2, samples.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
