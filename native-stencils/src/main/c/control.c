/* Region entry, control flow, exits and the interrupt poll. */
#include "jit.h"

/*
 * The entry shim: the one stencil called with the normal ABI (through NFI).
 * Everything it needs is already in rdi/rsi, so it only jumps into the first
 * micro-op (or falls through to it, once the trailing jump is cut).
 */
STENCIL(entry) {
    CONTINUE();
}

/* Leaves the region; OPERAND0 is the exit code (0 = normal return, else an exit id). */
STENCIL(exit_with) {
    return OPERAND(0);
}

/* Unconditional jump, e.g. a loop back-edge. */
STENCIL(jump) {
    JUMP();
}

/*
 * Checks the interrupt word, e.g. on every loop back-edge: one compare of the word in memory and
 * a jump straight to the exit, as JUMP_IF_CMP jumps (gcc loaded the word into rax first: an
 * instruction more per iteration of every loop, and rax lost).
 */
STENCIL(poll_interrupt) {
    __asm__ volatile("cmpq $0, %0\n\tjne _JIT_EXIT" : : "m"(*interrupt) : "cc");
    CONTINUE();
}

/* Branches on a bool slot (see JUMP_IF_CMP); `_rax` on the bool the micro-op before left in rax
 * (an item of a list of bools, a comparison). */
STENCIL(branch_if_true) {
    __asm__ volatile("cmpq $0, %0\n\tjne _JIT_JUMP_TARGET" : : "m"(SLOT(0)) : "cc");
    CONTINUE();
}

STENCIL(branch_if_false) {
    __asm__ volatile("cmpq $0, %0\n\tje _JIT_JUMP_TARGET" : : "m"(SLOT(0)) : "cc");
    CONTINUE();
}

STENCIL(branch_if_true_rax) {
    __asm__ volatile("testq %0, %0\n\tjne _JIT_JUMP_TARGET" : : "r"(RAX_IN()) : "cc");
    CONTINUE();
}

STENCIL(branch_if_false_rax) {
    __asm__ volatile("testq %0, %0\n\tje _JIT_JUMP_TARGET" : : "r"(RAX_IN()) : "cc");
    CONTINUE();
}

/* Guards: leave the region when the assumption does not hold. */
STENCIL(guard_true) {
    if (SLOT(0) == 0) {
        SIDE_EXIT();
    }
    CONTINUE();
}

STENCIL(guard_false) {
    if (SLOT(0) != 0) {
        SIDE_EXIT();
    }
    CONTINUE();
}
