package org.pyjit.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** math.log/log2/log10 must round like CPython on glibc; expected values were produced by CPython 3.11 (glibc 2.36). */
public class PyLibmTest {
    private static void check(double x, double ln, double log2, double log10) {
        assertEquals(ln, PyLibm.log(x), 0.0, () -> "log(" + x + ")");
        assertEquals(log2, PyLibm.log2(x), 0.0, () -> "log2(" + x + ")");
        assertEquals(log10, PyLibm.log10(x), 0.0, () -> "log10(" + x + ")");
    }

    @Test
    public void matchesGlibc() {
        check(0x1.4000000000000p+3, 0x1.26bb1bbb55516p+1, 0x1.a934f0979a371p+1, 0x1.0000000000000p+0);
        check(0x1.8000000000000p+1, 0x1.193ea7aad030bp+0, 0x1.95c01a39fbd68p+0, 0x1.e8927964fd5fdp-2);
        check(0x1.c000000000000p+2, 0x1.f2272ae325a57p+0, 0x1.675767f54042dp+1, 0x1.b0b0b0b78cc3fp-1);
        check(0x1.999999999999ap-4, -0x1.26bb1bbb55515p+1, -0x1.a934f0979a371p+1, -0x1.0000000000000p+0);
        check(0x1.56e1fc2f8f359p-997, -0x1.5963447f87fb5p+9, -0x1.f24a09f1a8b89p+9, -0x1.2c00000000000p+8);
        check(0x0.0000000000001p-1022, -0x1.74385446d71c3p+9, -0x1.0c80000000000p+10, -0x1.434e6420f4374p+8);
        check(0x1.7e43c8800759cp+996, 0x1.5963447f87fb5p+9, 0x1.f24a09f1a8b89p+9, 0x1.2c00000000000p+8);
        check(0x1.0000000000000p+1000, 0x1.5a92d6d005c94p+9, 0x1.f400000000000p+9, 0x1.2d07adcbbbd23p+8);
        check(0x1.edd2f1a9fbe77p+6, 0x1.343774f3e2362p+2, 0x1.bca9a03b1083ap+2, 0x1.0bb6abfc968efp+1);
        check(0x1.6666666666666p-1, -0x1.6d3c324e13f50p-2, -0x1.0776228967d13p-1, -0x1.3d3d3d21ccf04p-3);
        check(0x1.6a09e667f3bcdp+0, 0x1.62e42fefa39f0p-2, 0x1.0000000000001p-1, 0x1.34413509f79ffp-3);
        check(0x1.4000000000000p+5, 0x1.d82d33b32720dp+1, 0x1.549a784bcd1b9p+2, 0x1.9a209a84fbd00p+0);
        check(0x1.6000000000000p+3, 0x1.32ee3b77f374cp+1, 0x1.bacea7c065d42p+1, 0x1.0a98b6050c56ep+0);
        check(0x0.0000000000003p-1022, -0x1.73abb4f301b42p+9, -0x1.0c1a8ff971811p+10, -0x1.42d43f829af7ep+8);
    }

    @Test
    public void exactPowers() {
        for (int k = -1074; k <= 1023; k++) {
            double x = Math.scalb(1.0, k);
            assertEquals(k, PyLibm.log2(x), 0.0, "log2(2**" + k + ")");
        }
        double p = 1.0;
        for (int k = 0; k <= 22; k++) {
            assertEquals(k, PyLibm.log10(p), 0.0, "log10(10**" + k + ")");
            p *= 10;
        }
        assertEquals(Double.POSITIVE_INFINITY, PyLibm.log(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, PyLibm.log2(0.0), 0.0);
    }
}
