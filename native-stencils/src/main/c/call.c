/* Calls of native helpers (libm) at an address patched into OPERAND2/3. */
#include "jit.h"

/* slot[OPERAND0] = helper(slot[OPERAND1]) for double(double) helpers: sin, exp, ... (`_acc`: of the accumulator) */
#define CALL_F64_F64(name, x)                                   \
    STENCIL(name) {                                             \
        double (*helper)(double) = HELPER(2, double (*)(double)); \
        SET_RESULT(helper(x));                                  \
        FORGET_REGS();                                          \
        CONTINUE();                                             \
    }

CALL_F64_F64(call_f64_f64, FSLOT(1))
CALL_F64_F64(call_f64_f64_acc, acc)

/* slot[OPERAND0] = helper(slot[OPERAND1], slot[OPERAND2]) for pow, atan2, fmod, ... */
STENCIL(call_f64_f64_f64) {
    double (*helper)(double, double) = HELPER(3, double (*)(double, double));
    SET_RESULT(helper(FSLOT(1), FSLOT(2)));
    FORGET_REGS();
    CONTINUE();
}

/*
 * Calls a region natively (another compiled function, or this one for
 * recursion): the callee's slots start at slot[OPERAND0] of this frame, its
 * entry shim is at OPERAND1. A callee that leaves with a non-zero exit code
 * makes this region side-exit too, with the callee's code in slot[OPERAND2],
 * so tier 1 can resume the callee's frame first and then this one. The
 * callee leaves no float result in the accumulator: it starts empty (0.0)
 * again, so that it need not be saved around the call.
 */
STENCIL(call_region) {
    jit_fn *callee = HELPER(1, jit_fn *);
    int64_t code = callee(&SLOT(0), interrupt, REGS);
    acc = 0.0;
    FORGET_REGS();
    if (code != 0) {
        SLOT(2) = code;
        SIDE_EXIT();
    }
    CONTINUE();
}

/*
 * A native call with the guards that keep recursion exact: every frame's
 * remaining recursion depth (how many more Python frames the limit allows) is
 * the word just below its slot 0 (slots[-1]; tier 1 writes the outermost one,
 * PyJit.setCallLimits), interrupt[2] the end of the slot stack; the callee's
 * frame (OPERAND3 slots) must fit. When either runs out, the region side-exits
 * and tier 1 redoes the call, raising RecursionError where CPython would. The
 * callee's depth goes into the caller's last slot, which the compiler keeps for
 * it below the callees' frames: a depth counter in the interrupt block, counted
 * down and up again around every call, chained each call to the one before
 * through memory (fib: 0.16 s per fib(36), 0.095 s without it).
 */
STENCIL(call_region_guarded) {
    jit_fn *callee = HELPER(1, jit_fn *);
    int64_t *frame = &SLOT(0);
    int64_t depth = slots[-1];
    if (opaque_flag(depth <= 0 || (uintptr_t)(frame + OPERAND(3)) > (uintptr_t)interrupt[2])) {
        SIDE_EXIT();
    }
    frame[-1] = depth - 1;
    int64_t code = callee(frame, interrupt, REGS);
    acc = 0.0;
    FORGET_REGS();
    if (code != 0) {
        SLOT(2) = code;
        SIDE_EXIT();
    }
    CONTINUE();
}

/*
 * The guard of a call a region lowered in place (a small function of straight-line
 * code): where a real call would pass the recursion limit, side-exit, so that
 * tier 1 redoes the call and raises RecursionError as CPython would.
 */
STENCIL(check_depth) {
    if (opaque_flag(slots[-1] <= 0)) {
        SIDE_EXIT();
    }
    CONTINUE();
}

/* Counts native calls in interrupt[3] (statistics). */
STENCIL(count_call) {
    interrupt[3] += 1;
    CONTINUE();
}

/*
 * slot[OPERAND0] = helper(slot[OPERAND1]) for math functions whose domain and
 * range errors Python raises (math.log of a negative number): a NaN from a
 * number or an infinity from a finite number side-exits, so tier 1 raises.
 */
#define CALL_F64_F64_CHECKED(name, x_)                                                              \
    STENCIL(name) {                                                                                 \
        double (*helper)(double) = HELPER(2, double (*)(double));                                   \
        double x = x_;                                                                              \
        double r = helper(x);                                                                       \
        FORGET_REGS();                                                                              \
        /* r - r is NaN exactly when r is an infinity or a NaN. */                                  \
        _Bool bad = ((r != r) & (x == x)) | (((r - r) != (r - r)) & (r == r) & ((x - x) == (x - x))); \
        SET_RESULT(r);                                                                              \
        if (opaque_flag(bad)) {                                                                     \
            SIDE_EXIT();                                                                            \
        }                                                                                           \
        CONTINUE();                                                                                 \
    }

CALL_F64_F64_CHECKED(call_f64_f64_checked, FSLOT(1))
CALL_F64_F64_CHECKED(call_f64_f64_checked_acc, acc)

/*
 * Whether y is an integer, for a finite y (`finite` 0 gives any answer): every
 * double of magnitude 2**52 or more is one, and 0 stands for them and for the
 * others. Masks rather than branches, so that the stencil still falls through.
 */
static inline _Bool is_integral(double y, _Bool finite) {
    int64_t bits = double_as_slot(y) & -(int64_t)finite;
    double magnitude = slot_as_double(bits & INT64_MAX);
    double small = slot_as_double(bits & -(int64_t)(magnitude < 4503599627370496.0));
    return (double)(int64_t)small == small;
}

/*
 * slot[OPERAND0] = x ** y for floats through libm's pow (OPERAND3), which tier 1
 * calls too. Only finite operands are done here: a negative base only with an
 * integral exponent (libm then gives the sign Python does, (-2.0) ** 3 is -8.0),
 * a zero one only with an exponent above 0 ((x1 - x2) ** 2 of equal x's; libm
 * gives -0.0 ** 3 its sign too). Zero bases with other exponents
 * (ZeroDivisionError), negative ones with fractional exponents (complex
 * results), NaNs and infinities side-exit, and so does an infinite result
 * (OverflowError).
 */
#define CALL_F64_POW(name, x_)                                                            \
    STENCIL(name) {                                                                       \
        double (*helper)(double, double) = HELPER(3, double (*)(double, double));         \
        double x = x_, y = FSLOT(2);                                                      \
        /* x - x and y - y are 0 exactly when x and y are finite. */                      \
        _Bool finite = ((x - x) == 0.0) & ((y - y) == 0.0);                               \
        _Bool integral = is_integral(y, finite);                                          \
        if (opaque_flag(!(finite & ((x > 0.0) | ((x < 0.0) & integral) | ((x == 0.0) & (y > 0.0)))))) { \
            SIDE_EXIT();                                                                  \
        }                                                                                 \
        double r = helper(x, y);                                                          \
        FORGET_REGS();                                                                    \
        if (opaque_flag((r - r) != 0.0)) {                                                \
            SIDE_EXIT();                                                                  \
        }                                                                                 \
        SET_RESULT(r);                                                                    \
        CONTINUE();                                                                       \
    }

CALL_F64_POW(call_f64_pow, FSLOT(1))
CALL_F64_POW(call_f64_pow_acc, acc)

/*
 * slot[OPERAND0] = math.hypot(slot[OPERAND1], slot[OPERAND2]) as tier 1 computes it
 * (PyMathModule.vectorNorm, CPython 3.11's vector_norm): scaled by a power of two,
 * the squares split exactly with libm's fma (OPERAND3, exact as Java's Math.fma),
 * a compensated sum, one correction of the root. Zero gives 0.0 (a mask select);
 * a NaN, an infinity, a maximum below 2**-1022 or from 2**1022 on side-exits to
 * tier 1's own branches.
 */
STENCIL(call_f64_hypot) {
    double (*fma_)(double, double, double) = HELPER(3, double (*)(double, double, double));
    double v0 = __builtin_fabs(FSLOT(1));
    double v1 = __builtin_fabs(FSLOT(2));
    double max = v0 > v1 ? v0 : v1;
    uint64_t ex = ((uint64_t)double_as_slot(max) >> 52) & 0x7ff;
    if (opaque_flag((v0 != v0) | (v1 != v1) | (ex > 2044) | ((ex == 0) & (max != 0.0)))) {
        SIDE_EXIT();
    }
    int64_t zero = -(int64_t)opaque_flag(ex == 0);
    /* 2**-e for max = m * 2**e, 0.5 <= m < 1 (frexp): e = ex - 1022. */
    double scale = slot_as_double((int64_t)(2045 - ex) << 52);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    double scaled = v0 * scale;
    double square = scaled * scaled;
    frac1 += fma_(scaled, scaled, -square);
    double sum = csum + square;
    frac2 += square - (sum - csum);
    csum = sum;
    scaled = v1 * scale;
    square = scaled * scaled;
    frac1 += fma_(scaled, scaled, -square);
    sum = csum + square;
    frac2 += square - (sum - csum);
    csum = sum;
    double h = sqrt_sd(csum - 1.0 + (frac1 + frac2));
    square = -h * h;
    frac1 += fma_(-h, h, -square);
    sum = csum + square;
    frac2 += square - (sum - csum);
    csum = sum;
    h += (csum - 1.0 + (frac1 + frac2)) / (2.0 * h);
    SLOT(0) = double_as_slot(h / scale) & ~zero;
    FORGET_REGS();
    CONTINUE();
}
