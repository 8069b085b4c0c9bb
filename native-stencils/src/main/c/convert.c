/*
 * Conversions, truthiness and the int micro-ops whose Python meaning needs a
 * range check: shifts, true division, exact int-to-float conversion.
 */
#include "jit.h"

/* Ints of at most 53 bits convert to a double exactly; beyond that Python's
 * int/float comparison and int/int division differ from C's, so those exit. */
#define EXACT_FLOAT_LIMIT (INT64_C(1) << 53)

static inline _Bool exact_in_double(int64_t v) {
    return v >= -EXACT_FLOAT_LIMIT && v <= EXACT_FLOAT_LIMIT;
}

#define INT_TO_FLOAT_EXACT(name, from)                         \
    STENCIL(name) {                                            \
        int64_t v = from;                                      \
        if (opaque_flag(!exact_in_double(v))) {                \
            SIDE_EXIT();                                       \
        }                                                      \
        SET_RESULT((double)v);                                 \
        CONTINUE();                                            \
    }

INT_TO_FLOAT_EXACT(int_to_float_exact, SLOT(1))
INT_TO_FLOAT_EXACT(int_to_float_exact_rax, RAX_IN())

/* int / int: exact for operands of at most 53 bits (both convert exactly and
 * IEEE division rounds once, as Python's does). */
STENCIL(int_truediv) {
    int64_t a = SLOT(1), b = SLOT(2);
    /* One branch (bitwise |): gcc would otherwise lay the checks out so that the jump to the next micro-op is not last. */
    if (opaque_flag((b == 0) | !exact_in_double(a) | !exact_in_double(b))) {
        SIDE_EXIT();
    }
    SET_RESULT((double)a / (double)b);
    CONTINUE();
}

/* Wrapping add: a range loop's next counter, which may wrap after its last item. */
STENCIL(int_add_wrap) {
    SLOT(0) = (int64_t)((uint64_t)SLOT(1) + (uint64_t)SLOT(2));
    CONTINUE();
}

/* a << b; negative counts (ValueError) and results beyond 64 bits exit. */
STENCIL(int_lshift) {
    int64_t a = SLOT(1), b = SLOT(2);
    if (opaque_flag(b < 0 || b > 63)) {
        SIDE_EXIT();
    }
    int64_t r = (int64_t)((uint64_t)a << b);
    if (opaque_flag((r >> b) != a)) {
        SIDE_EXIT();
    }
    SLOT(0) = r;
    CONTINUE();
}

/* a >> b, rounding toward minus infinity like Python; negative counts exit. */
STENCIL(int_rshift) {
    int64_t a = SLOT(1), b = SLOT(2);
    if (opaque_flag(b < 0)) {
        SIDE_EXIT();
    }
    SLOT(0) = a >> (b > 63 ? 63 : b);
    CONTINUE();
}

/* a >> OPERAND2 for a literal count in 0..63: `x >> 27`, and `x // 2**n` (no check left to make). */
#define RIGHT_SHIFT_IMM(name, from)                            \
    STENCIL(name) {                                            \
        int64_t x = from;                                      \
        SHIFT_BY_OPERAND("sarq", x, 2);                        \
        SET_INT_RESULT(x);                                     \
        CONTINUE();                                            \
    }

RIGHT_SHIFT_IMM(int_rshift_imm, SLOT(1))
RIGHT_SHIFT_IMM(int_rshift_imm_rax, RAX_IN())

/* ~a == -a - 1, never overflows. */
STENCIL(int_invert) {
    SLOT(0) = ~SLOT(1);
    CONTINUE();
}

/* Truthiness into a bool slot. NaN is true, as in Python. */
STENCIL(int_truthy) {
    SLOT(0) = SLOT(1) != 0;
    CONTINUE();
}

STENCIL(float_truthy) {
    SLOT(0) = FSLOT(1) != 0.0;
    CONTINUE();
}

STENCIL(int_not) {
    SLOT(0) = SLOT(1) == 0;
    CONTINUE();
}

STENCIL(float_not) {
    SLOT(0) = FSLOT(1) == 0.0;
    CONTINUE();
}

/* abs() of an int: abs(INT64_MIN) needs a big int. */
STENCIL(int_abs) {
    int64_t a = SLOT(1);
    if (opaque_flag(a == INT64_MIN)) {
        SIDE_EXIT();
    }
    SLOT(0) = a < 0 ? -a : a;
    CONTINUE();
}

STENCIL(float_abs) {
    SLOT(0) = SLOT(1) & INT64_MAX;
    CONTINUE();
}

/* Doubles whose truncation toward zero fits an int64 (not NaN nor the infinities). */
static inline _Bool truncates_to_int64(double x) {
    return x >= -9223372036854775808.0 && x < 9223372036854775808.0;
}

/* int(x), math.floor(x), math.ceil(x) and round(x) of a float: the truncation t, stepped by `step`
 * (floor steps down where t lies above x, ceil up where it lies below, round by the fraction x - t,
 * which is exact); NaN and the infinities (ValueError, OverflowError) and values beyond 64 bits
 * (big ints) exit to tier 1. */
#define FLOAT_TO_INT(name, step)                            \
    STENCIL(name) {                                         \
        double x = FSLOT(1);                                \
        if (opaque_flag(!truncates_to_int64(x))) {          \
            SIDE_EXIT();                                    \
        }                                                   \
        int64_t t = (int64_t)x;                             \
        SLOT(0) = t + (step);                               \
        CONTINUE();                                         \
    }

FLOAT_TO_INT(int_from_float, 0)
FLOAT_TO_INT(int_floor_float, -((double)t > x))
FLOAT_TO_INT(int_ceil_float, ((double)t < x))

/* round() rounds half to even: a fraction of exactly one half steps away from zero only from an odd t. */
#define HALF_EVEN_STEP(f, t) (((f) > 0.5) - ((f) < -0.5) + (((f) == 0.5) - ((f) == -0.5)) * ((t) & 1))
FLOAT_TO_INT(int_round_float, HALF_EVEN_STEP(x - (double)t, t))

/* Counts something (iterations, calls) in a slot, without overflow check: statistics only. */
STENCIL(count) {
    SLOT(0) += 1;
    CONTINUE();
}

/*
 * slot[OPERAND0] = math.isqrt(slot[OPERAND1]): the floor of sqrtsd's root, which
 * rounding n to a double can leave one off either way (the root is below 2**32,
 * so the squares fit unsigned 64 bits), corrected without a branch. A negative
 * argument side-exits (tier 1 raises ValueError).
 */
STENCIL(int_isqrt) {
    int64_t n = SLOT(1);
    if (opaque_flag(n < 0)) {
        SIDE_EXIT();
    }
    uint64_t r = (uint64_t)(int64_t)sqrt_sd((double)n);
    r -= r * r > (uint64_t)n;
    r += (r + 1) * (r + 1) <= (uint64_t)n;
    SLOT(0) = (int64_t)r;
    CONTINUE();
}

/*
 * slot[OPERAND0] = math.gcd(slot[OPERAND1], slot[OPERAND2]): Euclid's algorithm on
 * the magnitudes. -2**63, whose magnitude is no int64, side-exits.
 */
STENCIL(int_gcd) {
    int64_t a = SLOT(1);
    int64_t b = SLOT(2);
    if (opaque_flag((a == INT64_MIN) | (b == INT64_MIN))) {
        SIDE_EXIT();
    }
    uint64_t x = (uint64_t)(a < 0 ? -a : a);
    uint64_t y = (uint64_t)(b < 0 ? -b : b);
    while (y != 0) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    SLOT(0) = (int64_t)x;
    CONTINUE();
}

/* a * b % m of a, b < m: the 128-bit product (mul), then divided by m (div; its quotient is below m). */
static inline uint64_t mul_mod(uint64_t a, uint64_t b, uint64_t m) {
    uint64_t lo, hi, q, r;
    __asm__("mulq %3" : "=a"(lo), "=d"(hi) : "a"(a), "rm"(b) : "cc");
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(m) : "cc");
    return r;
}

/*
 * slot[OPERAND0] = pow(slot[OPERAND1], slot[OPERAND2], slot[OPERAND3]) of ints, by
 * squaring and multiplying modulo m (the multiplication kept or not by a select).
 * A negative exponent (a modular inverse) or a modulus below 1 (negative results,
 * ValueError for 0) side-exits to tier 1.
 */
STENCIL(int_pow_mod) {
    int64_t b = SLOT(1);
    int64_t e = SLOT(2);
    int64_t m = SLOT(3);
    if (opaque_flag((e < 0) | (m <= 0))) {
        SIDE_EXIT();
    }
    uint64_t um = (uint64_t)m;
    int64_t r = b % m;
    uint64_t base = (uint64_t)(r < 0 ? r + m : r);
    uint64_t result = 1 % um;
    for (uint64_t x = (uint64_t)e; x != 0; x >>= 1) {
        uint64_t product = mul_mod(result, base, um);
        uint64_t keep = -(x & 1);
        result = (product & keep) | (result & ~keep);
        base = mul_mod(base, base, um);
    }
    SLOT(0) = (int64_t)result;
    CONTINUE();
}
