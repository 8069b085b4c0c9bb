package org.pyjit.language.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MagicDivisorTest {
    /** M = ceil(2**(63 + l) / d) and s = l - 1, against BigInteger, and M below 2**64. */
    @Test
    void multiplierIsTheRoundedUpReciprocal() {
        Random random = new Random(3);
        for (int k = 0; k < 2000; k++) {
            long d = k < 100 ? k + 2 : k < 130 ? (1L << (k - 99)) + (k & 1) - 1 : 2 + random.nextInt(Integer.MAX_VALUE - 1);
            if (d < 2) {
                continue;
            }
            int l = MagicDivisor.shift(d) + 1;
            assertTrue(d > 1L << (l - 1) && d <= 1L << l, "l of " + d);
            BigInteger[] qr = BigInteger.ONE.shiftLeft(63 + l).divideAndRemainder(BigInteger.valueOf(d));
            BigInteger m = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
            assertTrue(m.bitLength() <= 64, "M of " + d);
            assertEquals(m.longValue(), MagicDivisor.multiplier(d), "M of " + d);
        }
    }
}
