package org.pyjit.stencils;

import java.util.List;

/**
 * One micro-op's machine code with its holes.
 *
 * @param fallsThrough true when the template ended in a jump to {@code _JIT_CONTINUE}: those five
 *            bytes are already cut from {@code code}, so the next micro-op must follow directly
 */
public record Stencil(String name, byte[] code, byte[] cold, byte[] data, int dataAlignment, boolean fallsThrough,
                List<Hole> holes) {

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
