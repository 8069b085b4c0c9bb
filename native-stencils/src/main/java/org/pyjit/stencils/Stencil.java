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
    /** {@code mov %rax, disp32(%rdi)}: an int result stored from rax (jit.h's SET_INT_RESULT). */
    private static final byte[] STORE_RAX = {0x48, (byte) 0x89, (byte) 0x87};

    /**
     * This stencil without its last instruction, when that is the store of the accumulator or of
     * rax into slot operand 0 and the stencil falls through into the next micro-op; else null. A
     * micro-op whose result the next one takes from the accumulator or rax, and no other reads
     * from its slot, need not store it. (A jump inside the stencil to the store then lands on the
     * next micro-op, which is what the store's absence means.)
     */
    public Stencil withoutResultStore() {
        int length = endsWithStore(STORE_ACCUMULATOR) ? STORE_ACCUMULATOR.length + 4 : endsWithStore(STORE_RAX) ? STORE_RAX.length + 4 : 0;
        if (length == 0) {
            return null;
        }
        int n = code.length;
        List<Hole> kept = new ArrayList<>(holes.size());
        for (Hole h : holes) {
            if (h.part() != StencilPart.CODE || h.offset() < n - length) {
                kept.add(h);
            } else if (h.offset() != n - 4) {
                return null;
            }
        }
        return new Stencil(name + "_nostore", Arrays.copyOf(code, n - length), cold, data, dataAlignment, true, List.copyOf(kept));
    }

    /**
     * Whether the stencil's last instruction stores rax into slot operand 0 before it falls
     * through: the next micro-op then finds that int result in rax (jit.h's RAX_IN).
     */
    public boolean leavesIntInRax() {
        return endsWithStore(STORE_RAX);
    }

    /** {@code movq $imm32, disp32(%rdi)}: a constant stored into a slot. */
    private static final byte[] STORE_IMMEDIATE = {0x48, (byte) 0xc7, (byte) 0x87};

    /**
     * Whether the whole stencil is one store of a constant into a slot ({@code set_bound},
     * {@code load_const32}), which leaves every register as it was, rax too.
     */
    public boolean keepsRax() {
        return fallsThrough && cold.length == 0 && code.length == STORE_IMMEDIATE.length + 8 && Arrays.equals(code, 0, STORE_IMMEDIATE.length, STORE_IMMEDIATE, 0, STORE_IMMEDIATE.length);
    }

    /** Whether the code ends in {@code store} with slot operand 0 as its 32-bit displacement, falling through. */
    private boolean endsWithStore(byte[] store) {
        int n = code.length;
        int at = n - store.length - 4;
        if (!fallsThrough || at < 0 || !Arrays.equals(code, at, n - 4, store, 0, store.length)) {
            return false;
        }
        for (Hole h : holes) {
            if (h.part() == StencilPart.CODE && h.offset() == n - 4) {
                return h.target() == HoleTarget.SLOT0 && h.kind() == HoleKind.ABS32 && h.addend() == 0;
            }
        }
        return false;
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
