/* Float micro-ops on slots holding IEEE-754 bits. */
#include "jit.h"

/*
 * Each arithmetic operation comes in these forms: both operands from slots,
 * the left one from the accumulator (`_acc`), the right one from it
 * (`_acc_rhs`, only where the order matters), and the left one from the
 * accumulator with the right one from a float register (`_acc_r1`..`_acc_r7`).
 */
#define FLOAT_BINARY(name, op)                    \
    STENCIL(name) {                               \
        SET_RESULT(FSLOT(1) op FSLOT(2));         \
        CONTINUE();                               \
    }                                             \
    STENCIL(name##_acc) {                         \
        SET_RESULT(acc op FSLOT(2));              \
        CONTINUE();                               \
    }                                             \
    FLOAT_BINARY_REG(name, op, 1)                 \
    FLOAT_BINARY_REG(name, op, 2)                 \
    FLOAT_BINARY_REG(name, op, 3)                 \
    FLOAT_BINARY_REG(name, op, 4)                 \
    FLOAT_BINARY_REG(name, op, 5)                 \
    FLOAT_BINARY_REG(name, op, 6)                 \
    FLOAT_BINARY_REG(name, op, 7)

#define FLOAT_BINARY_REG(name, op, k)             \
    STENCIL(name##_acc_r##k) {                    \
        SET_RESULT(acc op r##k);                  \
        CONTINUE();                               \
    }

FLOAT_BINARY(float_add, +)
FLOAT_BINARY(float_sub, -)
FLOAT_BINARY(float_mul, *)

STENCIL(float_sub_acc_rhs) {
    SET_RESULT(FSLOT(1) - acc);
    CONTINUE();
}

/* Python raises ZeroDivisionError where C would give an infinity. */
#define FLOAT_DIVIDE(name, dividend, divisor_)    \
    STENCIL(name) {                               \
        double divisor = divisor_;                \
        if (divisor == 0.0) {                     \
            SIDE_EXIT();                          \
        }                                         \
        SET_RESULT((dividend) / divisor);         \
        CONTINUE();                               \
    }

FLOAT_DIVIDE(float_div, FSLOT(1), FSLOT(2))
FLOAT_DIVIDE(float_div_acc, acc, FSLOT(2))
FLOAT_DIVIDE(float_div_acc_rhs, FSLOT(1), acc)
FLOAT_DIVIDE(float_div_acc_r1, acc, r1)
FLOAT_DIVIDE(float_div_acc_r2, acc, r2)
FLOAT_DIVIDE(float_div_acc_r3, acc, r3)
FLOAT_DIVIDE(float_div_acc_r4, acc, r4)
FLOAT_DIVIDE(float_div_acc_r5, acc, r5)
FLOAT_DIVIDE(float_div_acc_r6, acc, r6)
FLOAT_DIVIDE(float_div_acc_r7, acc, r7)

/*
 * C's fmod, which Java's % on doubles (tier 1) also is: x87's fprem reduces until its C2 flag says
 * the remainder is final, and that remainder is exact, so it fits a double. Operands are finite
 * (checked by the callers), where fprem and fmod agree to the bit.
 */
static inline double exact_fmod(double x, double y) {
    double r;
    /* All of it in the asm, which leaves the x87 stack empty: no path out of the stencil pops it. */
    __asm__("fldl %2\n\t"
            "fldl %1\n"
            "1:\tfprem\n\t"
            "fnstsw %%ax\n\t"
            "testb $4, %%ah\n\t"
            "jnz 1b\n\t"
            "fstp %%st(1)\n\t"
            "fstpl %0"
            : "=m"(r)
            : "m"(x), "m"(y)
            : "ax", "cc", "st", "st(1)");
    return r;
}

static inline _Bool is_finite(double x) {
    return (double_as_slot(x) & 0x7ff0000000000000) != 0x7ff0000000000000;
}

#define SIGN_BIT ((int64_t)0x8000000000000000)

/*
 * c ? a : b by masks: a branch would give the stencil a second path to its CONTINUE, which gcc
 * then duplicates, and the jump to the next micro-op could no longer be cut.
 */
static inline double select_f64(_Bool c, double a, double b) {
    int64_t mask = -(int64_t)c;
    return slot_as_double((double_as_slot(a) & mask) | (double_as_slot(b) & ~mask));
}

/* Whether fmod's remainder m moves by y: it is not zero and its sign is not the divisor's. */
static inline _Bool remainder_steps(double m, double y) {
    return (m != 0.0) & ((double_as_slot(m) ^ double_as_slot(y)) < 0);
}

/*
 * Python's float % and // (CPython's float_rem and float_floor_div, tier 1's PyArith.floatMod and
 * floatDivmod): the remainder takes the divisor's sign (a zero one too), and the quotient is
 * floor((x - m) / y), rounded to the nearest integral value. A zero divisor (ZeroDivisionError)
 * and an infinite or NaN operand, where x87 and libm may make NaNs of other bits, side-exit to tier 1.
 */
STENCIL(float_mod) {
    double x = FSLOT(1), y = FSLOT(2);
    if (y == 0.0 || !is_finite(x) || !is_finite(y)) {
        SIDE_EXIT();
    }
    double m = exact_fmod(x, y);
    m = select_f64(remainder_steps(m, y), m + y, m);
    SET_RESULT(select_f64(m == 0.0, slot_as_double(double_as_slot(y) & SIGN_BIT), m));
    CONTINUE();
}

STENCIL(float_floordiv) {
    double x = FSLOT(1), y = FSLOT(2);
    if (y == 0.0 || !is_finite(x) || !is_finite(y)) {
        SIDE_EXIT();
    }
    double m = exact_fmod(x, y);
    double div = (x - m) / y;
    div = select_f64(remainder_steps(m, y), div - 1.0, div);
    /* floor(div): a double of magnitude 2**52 or more (or an infinity) is integral already. */
    _Bool small = (div < 4503599627370496.0) & (div > -4503599627370496.0);
    double truncated = (double)(int64_t)select_f64(small, div, 0.0);
    truncated = select_f64(truncated > div, truncated - 1.0, truncated);
    double q = select_f64(small, truncated, div);
    q = select_f64(div - q > 0.5, q + 1.0, q);
    SET_RESULT(select_f64(div == 0.0, slot_as_double(double_as_slot(x / y) & SIGN_BIT), q));
    CONTINUE();
}

/*
 * math.sqrt as the sqrtsd instruction: correctly rounded, so the same bits as
 * libm's and Java's, without a call that forgets the float registers. Python
 * raises ValueError for a negative argument (-0.0 and NaN are not), so that
 * side-exits before the result is written.
 */
#define FLOAT_SQRT(name, x_)                                  \
    STENCIL(name) {                                           \
        double x = x_;                                        \
        if (x < 0.0) {                                        \
            SIDE_EXIT();                                      \
        }                                                     \
        SET_RESULT(sqrt_sd(x));                               \
        CONTINUE();                                           \
    }

FLOAT_SQRT(float_sqrt, FSLOT(1))
FLOAT_SQRT(float_sqrt_acc, acc)

/* Moves of the float registers (jit.h): from and to the accumulator, and from a slot. */
#define FLOAT_REGISTER(k)                         \
    STENCIL(acc_from_r##k) {                      \
        acc = r##k;                               \
        CONTINUE();                               \
    }                                             \
    STENCIL(r##k##_from_acc) {                    \
        r##k = acc;                               \
        CONTINUE();                               \
    }                                             \
    STENCIL(r##k##_from_slot) {                   \
        r##k = FSLOT(0);                          \
        CONTINUE();                               \
    }

FLOAT_REGISTER(1)
FLOAT_REGISTER(2)
FLOAT_REGISTER(3)
FLOAT_REGISTER(4)
FLOAT_REGISTER(5)
FLOAT_REGISTER(6)
FLOAT_REGISTER(7)

STENCIL(float_neg) {
    SLOT(0) = SLOT(1) ^ INT64_MIN;
    CONTINUE();
}

STENCIL(int_to_float) {
    SET_RESULT((double)SLOT(1));
    CONTINUE();
}

STENCIL(int_to_float_rax) {
    SET_RESULT((double)RAX_IN());
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

/*
 * Branches, also with the left operand from the accumulator (`_acc`): a < b is b above a, a > b
 * is a above b (JUMP_IF_UCOMISD: false for a NaN, as in Python).
 */
#define FLOAT_BRANCH(name, cc, x, y, x_acc, y_acc)             \
    STENCIL(name) {                                            \
        JUMP_IF_UCOMISD(cc, x, y);                             \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##_acc) {                                      \
        JUMP_IF_UCOMISD(cc, x_acc, y_acc);                     \
        CONTINUE();                                            \
    }

FLOAT_BRANCH(branch_float_lt, "a", FSLOT(1), FSLOT(0), FSLOT(1), acc)
FLOAT_BRANCH(branch_float_le, "ae", FSLOT(1), FSLOT(0), FSLOT(1), acc)
FLOAT_BRANCH(branch_float_gt, "a", FSLOT(0), FSLOT(1), acc, FSLOT(1))
FLOAT_BRANCH(branch_float_ge, "ae", FSLOT(0), FSLOT(1), acc, FSLOT(1))

/*
 * Branches taken when a comparison is false (the exit test of a loop, the else of an if): the
 * inverse comparison would be wrong when an operand is a NaN; "be" and "b" hold for it.
 */
FLOAT_BRANCH(branch_float_not_lt, "be", FSLOT(1), FSLOT(0), FSLOT(1), acc)
FLOAT_BRANCH(branch_float_not_le, "b", FSLOT(1), FSLOT(0), FSLOT(1), acc)
FLOAT_BRANCH(branch_float_not_gt, "be", FSLOT(0), FSLOT(1), acc, FSLOT(1))
FLOAT_BRANCH(branch_float_not_ge, "b", FSLOT(0), FSLOT(1), acc, FSLOT(1))
