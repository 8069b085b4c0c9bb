package org.pyjit.stencils;

/**
 * What a hole refers to. The first group are the template's extern placeholder symbols
 * ({@code _JIT_OPERAND0} ...); the last three are parts of the stencil itself (its code
 * referring to its own out-of-line cold code or read-only data).
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
    DATA(null);

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
