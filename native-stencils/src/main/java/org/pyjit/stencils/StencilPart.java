package org.pyjit.stencils;

/** The three byte blocks of a stencil, placed in separate areas of a code buffer. */
public enum StencilPart {
    /** The hot path, laid out in micro-op order. */
    CODE,
    /** Out-of-line cold paths (gcc's {@code .text.unlikely.NAME}), placed after all hot code. */
    COLD,
    /** Read-only constants, placed after the cold code. */
    DATA
}
