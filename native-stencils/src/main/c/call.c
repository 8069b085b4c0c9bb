/* Calls of native helpers (libm) at an address patched into OPERAND2/3. */
#include "jit.h"

/* slot[OPERAND0] = helper(slot[OPERAND1]) for double(double) helpers: sqrt, sin, ... */
STENCIL(call_f64_f64) {
    double (*helper)(double) = HELPER(2, double (*)(double));
    SET_FSLOT(0, helper(FSLOT(1)));
    CONTINUE();
}

/* slot[OPERAND0] = helper(slot[OPERAND1], slot[OPERAND2]) for pow, atan2, fmod, ... */
STENCIL(call_f64_f64_f64) {
    double (*helper)(double, double) = HELPER(3, double (*)(double, double));
    SET_FSLOT(0, helper(FSLOT(1), FSLOT(2)));
    CONTINUE();
}

/*
 * Calls a region natively (another compiled function, or this one for
 * recursion): the callee's slots start at slot[OPERAND0] of this frame, its
 * entry shim is at OPERAND1. A callee that leaves with a non-zero exit code
 * makes this region side-exit too, with the callee's code in slot[OPERAND2],
 * so tier 1 can resume the callee's frame first and then this one.
 */
STENCIL(call_region) {
    jit_fn *callee = HELPER(1, jit_fn *);
    int64_t code = callee(slots + OPERAND(0), interrupt);
    if (code != 0) {
        SLOT(2) = code;
        SIDE_EXIT();
    }
    CONTINUE();
}
