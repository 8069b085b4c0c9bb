package org.pyjit.stencils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One micro-op's machine code with its holes.
 *
 * @param fallsThrough true when the template ended in a jump to {@code _JIT_CONTINUE}: those five
 *            bytes are already cut from {@code code}, so the next micro-op must follow directly
 */
public record Stencil(String name, byte[] code, byte[] cold, byte[] data, int dataAlignment, boolean fallsThrough,
                List<Hole> holes) {
    /** {@code movsd %xmm0, disp32(%rdi)}: the accumulator stored into a slot (jit.h's SET_RESULT). */
    private static final byte[] STORE_ACCUMULATOR = {(byte) 0xf2, 0x0f, 0x11, (byte) 0x87};
    private static final int STORE_LENGTH = 8;

    /**
     * This stencil without its last instruction, when that is the store of the accumulator into
     * slot operand 0 and the stencil falls through into the next micro-op; else null. A micro-op
     * whose result the next one takes from the accumulator, and no other reads from its slot, need
     * not store it. (A jump inside the stencil to the store then lands on the next micro-op, which
     * is what the store's absence means.)
     */
    public Stencil withoutResultStore() {
        int n = code.length;
        if (!fallsThrough || n < STORE_LENGTH || !Arrays.equals(code, n - STORE_LENGTH, n - 4, STORE_ACCUMULATOR, 0, STORE_ACCUMULATOR.length)) {
            return null;
        }
        List<Hole> kept = new ArrayList<>(holes.size());
        boolean stored = false;
        for (Hole h : holes) {
            if (h.part() != StencilPart.CODE || h.offset() < n - STORE_LENGTH) {
                kept.add(h);
            } else if (h.offset() == n - 4 && h.target() == HoleTarget.SLOT0 && h.kind() == HoleKind.ABS32 && h.addend() == 0) {
                stored = true;
            } else {
                return null;
            }
        }
        return stored ? new Stencil(name + "_nostore", Arrays.copyOf(code, n - STORE_LENGTH), cold, data, dataAlignment, true, List.copyOf(kept)) : null;
    }

    public byte[] bytes(StencilPart part) {
        return switch (part) {
            case CODE -> code;
            case COLD -> cold;
            case DATA -> data;
        };
    }

    /** Whether any hole refers to {@code target}. */
    public boolean uses(HoleTarget target) {
        for (Hole h : holes) {
            if (h.target() == target) {
                return true;
            }
        }
        return false;
    }
}
