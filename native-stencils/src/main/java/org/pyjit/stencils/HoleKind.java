package org.pyjit.stencils;

/** How a hole's value is written into the code. */
public enum HoleKind {
    /** The 8-byte absolute value S + A (ELF R_X86_64_64). */
    ABS64,
    /** The 4-byte signed displacement S + A - P, P being the field's own address (R_X86_64_PC32/PLT32). */
    REL32,
    /**
     * The 4-byte absolute value S + A, which the CPU sign-extends (R_X86_64_32S) or zero-extends
     * (R_X86_64_32): a slot's byte offset, or an operand's immediate (only R_X86_64_32S, IMM32 in
     * jit.h), which the emitter writes only when the value fits.
     */
    ABS32,
    /**
     * The 1-byte value S + A (R_X86_64_8): an operand as the immediate count of a shift
     * ({@code SHIFT_BY_OPERAND} in jit.h); the emitter writes only counts from 0 to 63.
     */
    ABS8
}
