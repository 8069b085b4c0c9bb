package org.pyjit.stencils;

/**
 * A place in a stencil to patch: at {@code offset} within {@code part}, write the address of
 * {@code target} plus {@code addend}, as {@code kind} says.
 */
public record Hole(StencilPart part, int offset, HoleKind kind, HoleTarget target, long addend) {
    /** The operand index of an operand or slot hole. */
    public int operand() {
        return target.operandIndex();
    }

    public int size() {
        return kind == HoleKind.ABS64 ? 8 : 4;
    }
}
