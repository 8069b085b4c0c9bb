package org.pyjit.language.runtime;

/**
 * The types whose values live unboxed in 64-bit slots, in tier 2's frames and in pinned lists:
 * ints (that fit a long), floats as their IEEE bits, bools as 0 or 1.
 */
public enum PyUnboxed {
    INT,
    FLOAT,
    BOOL;

    /** Bytes per item of a list pinned off-heap: a bool takes one, ints and floats a 64-bit slot. */
    public int pinnedSize() {
        return this == BOOL ? 1 : 8;
    }

    /**
     * The type of {@code value}, or null when it has none of them (a big int, any object) or is a
     * NaN: a NaN finds itself in a container by identity (CPython compares by identity before
     * {@code ==}), and a slot keeps only its bits, so every read would make another object. NaNs
     * stay boxed: tier 2 does not take a value, list or global that is (or holds) a NaN.
     */
    public static PyUnboxed of(Object value) {
        if (value instanceof Long) {
            return INT;
        } else if (value instanceof Double x) {
            return Double.isNaN(x) ? null : FLOAT;
        } else if (value instanceof Boolean) {
            return BOOL;
        }
        return null;
    }

    // toBits and box compare instead of switching: compiled code reads and writes pinned list items
    // through them, and an enum switch looks its case up in an array partial evaluation cannot fold.

    /** The slot bits of {@code value}, which must be of this type. */
    public long toBits(Object value) {
        if (this == FLOAT) {
            return Double.doubleToRawLongBits((Double) value);
        } else if (this == INT) {
            return (Long) value;
        }
        return (Boolean) value ? 1 : 0;
    }

    /** The value whose slot bits are {@code bits}. */
    public Object box(long bits) {
        if (this == FLOAT) {
            return Double.longBitsToDouble(bits);
        } else if (this == INT) {
            return bits;
        }
        return bits != 0;
    }
}
