package org.pyjit.language.jit;

import java.math.BigInteger;
import java.nio.ByteBuffer;

import org.pyjit.language.runtime.PyInt;

/**
 * Ints of any size crossing between tier 1 (a Long or a BigInteger) and a loop region's words
 * (bigint.c): 2n + 1 for an int n of 62 bits and sign, else the address of a record holding the
 * signed count of limbs, then the magnitude's 64-bit limbs, least significant first.
 */
final class NativeBigInts {
    private NativeBigInts() {
    }

    /** Whether {@code v} is an int tier 1 holds (a bool is not one here). */
    static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger;
    }

    /**
     * The word of int {@code v}. A big one is copied into a buffer at the arena's end with room for
     * twice its limbs, whose address and capacity go to {@code buffer}; 0 when the arena has no room.
     */
    static long copyIn(PyJit jit, Object v, long[] buffer) {
        BigInteger b = v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
        buffer[0] = 0;
        buffer[1] = 0;
        if (b.bitLength() <= 62) {
            return 2 * b.longValue() + 1;
        }
        BigInteger magnitude = b.abs();
        byte[] bytes = magnitude.toByteArray();
        int n = (magnitude.bitLength() + 63) / 64;
        ByteBuffer padded = ByteBuffer.allocate(8 * n);
        int skip = Math.max(0, bytes.length - 8 * n);
        padded.put(8 * n - (bytes.length - skip), bytes, skip, bytes.length - skip);
        long[] record = new long[n + 1];
        record[0] = b.signum() < 0 ? -n : n;
        for (int i = 0; i < n; i++) {
            record[1 + i] = padded.getLong(8 * (n - 1 - i));
        }
        long capacity = 2L * n + 8;
        long address = jit.allocateLasting(capacity + 1);
        if (address == 0) {
            return 0;
        }
        jit.writeWords(address, record, n + 1);
        buffer[0] = address;
        buffer[1] = capacity;
        return address;
    }

    /** The int whose word is {@code word}: a Long when it fits 64 bits, else a BigInteger. */
    static Object copyOut(PyJit jit, long word) {
        if ((word & 1) != 0) {
            return word >> 1;
        }
        long header = jit.readWord(word);
        int n = (int) Math.abs(header);
        long[] limbs = new long[n];
        jit.readWords(word + 8, limbs, n);
        ByteBuffer bytes = ByteBuffer.allocate(8 * n);
        for (int i = 0; i < n; i++) {
            bytes.putLong(8 * (n - 1 - i), limbs[i]);
        }
        return PyInt.normalize(new BigInteger(header < 0 ? -1 : 1, bytes.array()));
    }
}
