/* Float micro-ops on slots holding IEEE-754 bits. */
#include "jit.h"

#define FLOAT_BINARY(name, op)               \
    STENCIL(name) {                          \
        SET_FSLOT(0, FSLOT(1) op FSLOT(2));  \
        CONTINUE();                          \
    }

FLOAT_BINARY(float_add, +)
FLOAT_BINARY(float_sub, -)
FLOAT_BINARY(float_mul, *)

/* Python raises ZeroDivisionError where C would give an infinity. */
STENCIL(float_div) {
    double divisor = FSLOT(2);
    if (divisor == 0.0) {
        SIDE_EXIT();
    }
    SET_FSLOT(0, FSLOT(1) / divisor);
    CONTINUE();
}

STENCIL(float_neg) {
    SLOT(0) = SLOT(1) ^ INT64_MIN;
    CONTINUE();
}

STENCIL(int_to_float) {
    SET_FSLOT(0, (double)SLOT(1));
    CONTINUE();
}

/* C's comparisons already give Python's answers for NaN (all false but !=). */
#define FLOAT_COMPARE(name, op)            \
    STENCIL(name) {                        \
        SLOT(0) = FSLOT(1) op FSLOT(2);    \
        CONTINUE();                        \
    }

FLOAT_COMPARE(float_lt, <)
FLOAT_COMPARE(float_le, <=)
FLOAT_COMPARE(float_gt, >)
FLOAT_COMPARE(float_ge, >=)
FLOAT_COMPARE(float_eq, ==)
FLOAT_COMPARE(float_ne, !=)

#define FLOAT_BRANCH(name, op)                                 \
    STENCIL(name) {                                            \
        if (__builtin_expect(FSLOT(0) op FSLOT(1), 1)) {       \
            JUMP();                                            \
        }                                                      \
        CONTINUE();                                            \
    }

FLOAT_BRANCH(branch_float_lt, <)
FLOAT_BRANCH(branch_float_le, <=)
FLOAT_BRANCH(branch_float_gt, >)
FLOAT_BRANCH(branch_float_ge, >=)
