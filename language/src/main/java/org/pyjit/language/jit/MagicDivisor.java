package org.pyjit.language.jit;

/**
 * The multiplier and shift that divide by a literal int without a division instruction
 * (int_ops.c's {@code floor_div_magic}): for {@code 2**(l - 1) < d <= 2**l}, every {@code b} below
 * {@code 2**63} has {@code b / d == (b * M >> 64) >> (l - 1)} with {@code M = ceil(2**(63 + l) / d)},
 * because {@code M * d} exceeds {@code 2**(63 + l)} by less than {@code d <= 2**l} (Granlund and
 * Montgomery's round-up method), and {@code M < 2**64} since {@code d > 2**(l - 1)}.
 */
final class MagicDivisor {
    private MagicDivisor() {
    }

    /** {@code l}: the bits of {@code d - 1}, so that {@code 2**(l - 1) < d <= 2**l}. */
    private static int bits(long d) {
        if (d < 2) {
            throw new IllegalArgumentException("divisor " + d + " below 2");
        }
        return 64 - Long.numberOfLeadingZeros(d - 1);
    }

    /**
     * {@code M}, as the bits of an unsigned 64-bit value: {@code 2**(l - 1) * 2**64 / d} rounded up,
     * by long division in 32-bit digits (the remainder stays below {@code d < 2**31}).
     */
    static long multiplier(long d) {
        if (d > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("divisor " + d + " above 2**31 - 1");
        }
        long r = 1L << (bits(d) - 1);
        long high = (r << 32) / d;
        r = (r << 32) % d;
        long low = (r << 32) / d;
        r = (r << 32) % d;
        return (high << 32 | low) + (r != 0 ? 1 : 0);
    }

    /** The right shift after the high half of the product: {@code l - 1}. */
    static int shift(long d) {
        return bits(d) - 1;
    }
}
