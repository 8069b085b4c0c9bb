package org.pyjit.stencils;

/**
 * What a hole refers to: the template's extern placeholder symbols ({@code _JIT_OPERAND0} ...,
 * the continuations, and {@code _JIT_SLOT0} ... for operands that name slots), or a part of the
 * stencil itself (its code referring to its own out-of-line cold code or read-only data).
 */
public enum HoleTarget {
    OPERAND0("_JIT_OPERAND0"),
    OPERAND1("_JIT_OPERAND1"),
    OPERAND2("_JIT_OPERAND2"),
    OPERAND3("_JIT_OPERAND3"),
    CONTINUE("_JIT_CONTINUE"),
    JUMP_TARGET("_JIT_JUMP_TARGET"),
    EXIT("_JIT_EXIT"),
    CODE(null),
    COLD(null),
    DATA(null),
    /** Operands as slots: the byte offset of the operand's slot (its index times 8). */
    SLOT0("_JIT_SLOT0"),
    SLOT1("_JIT_SLOT1"),
    SLOT2("_JIT_SLOT2"),
    SLOT3("_JIT_SLOT3");

    private final String symbol;

    HoleTarget(String symbol) {
        this.symbol = symbol;
    }

    /** The extern symbol of the template, or null for a part of the stencil. */
    public String symbol() {
        return symbol;
    }

    public boolean isOperand() {
        return ordinal() <= OPERAND3.ordinal();
    }

    public boolean isSlot() {
        return ordinal() >= SLOT0.ordinal();
    }

    /** The operand an operand or slot hole stands for: 0 to 3. */
    public int operandIndex() {
        if (isOperand()) {
            return ordinal() - OPERAND0.ordinal();
        } else if (isSlot()) {
            return ordinal() - SLOT0.ordinal();
        }
        throw new IllegalStateException(this + " is not an operand");
    }

    /** Continuations may only be jumped to (tail calls), never called or loaded. */
    public boolean isContinuation() {
        return this == CONTINUE || this == JUMP_TARGET || this == EXIT;
    }

    public static HoleTarget forSymbol(String name) {
        for (HoleTarget t : values()) {
            if (name.equals(t.symbol)) {
                return t;
            }
        }
        return null;
    }
}
