/*
 * Ints of any size in a loop region (pidigits' spigot: num, acc, den). Such an
 * int is one 64-bit word, as in tuple.c: an int n of 62 bits and sign
 * (-2**62 <= n < 2**62) is 2n + 1 (odd), any other the (8-aligned) address of
 * a record: its signed limb count (negative for a negative int), then the
 * magnitude's 64-bit limbs, least significant first, the top one non-zero.
 *
 * Results are made in the arena of temporaries (list.c), which the loop's head
 * frees. A local that keeps a record from one iteration to the next has a
 * buffer of its own at the arena's end, below interrupt[9] + the mapping's
 * size: the head copies the record there (big_reserve, then big_keep) before
 * the arena is emptied, and lowers interrupt[8] when a buffer must grow. So a
 * record in [interrupt[9], interrupt[8]) is a temporary, any other a local's
 * buffer, which only the head writes. A full arena side-exits.
 *
 * Every stencil reads its operands before it writes its result, which may be
 * one of them. Multiplication is schoolbook and division Knuth's algorithm D,
 * quadratic: where both operands (the divisor and the quotient) have more than
 * SCHOOLBOOK_LIMBS limbs, the stencil side-exits to tier 1's BigInteger, whose
 * Karatsuba, Toom-Cook and Burnikel-Ziegler take over there.
 *
 * gcc lays some of these loops out after the stencil's CONTINUE, which then
 * stays a jump to the next stencil (StencilFileTest allows it for big_ only).
 */
#include "jit.h"

#define SCHOOLBOOK_LIMBS 40

typedef unsigned __int128 u128;

#define ALWAYS static inline __attribute__((always_inline))

/*
 * c ? a : b without a branch: gcc would otherwise branch and copy the short
 * tail of a stencil into both paths, each with its own CONTINUE.
 */
ALWAYS int64_t select_word(_Bool c, int64_t a, int64_t b) {
    int64_t mask = -(int64_t)c;
    __asm__("" : "+r"(mask));
    return (a & mask) | (b & ~mask);
}

/* The sign (-1, 0, 1), limb count and limbs of an int. */
struct big {
    int64_t sign;
    int64_t n;
    const uint64_t *d;
};

/*
 * The view of an int's word. A small int gets a record of its own at
 * interrupt[15 + 2k] for operand k (0 for zero: no limb): the stencils take no
 * address of their own stack, which would keep gcc from tail-calling the next
 * one, and every int is read as a record, without a branch.
 */
ALWAYS void big_view(volatile int64_t *interrupt, int k, int64_t word, struct big *v) {
    int64_t x = word >> 1;
    int64_t *own = (int64_t *)&interrupt[15 + 2 * k];
    own[0] = (x > 0) - (x < 0);
    own[1] = (int64_t)(x < 0 ? -(uint64_t)x : (uint64_t)x);
    const int64_t *record = (const int64_t *)select_word(word & 1, (int64_t)own, word);
    int64_t h = record[0];
    v->sign = (h > 0) - (h < 0);
    v->n = h < 0 ? -h : h;
    v->d = (const uint64_t *)(record + 1);
}

ALWAYS _Bool big_is_temporary(volatile int64_t *interrupt, int64_t word) {
    return !(word & 1) && (uint64_t)(word - interrupt[9]) < (uint64_t)(interrupt[8] - interrupt[9]);
}

/* `words` free words of the arena, now taken, or 0 when it has no room. */
ALWAYS int64_t *arena_take(volatile int64_t *interrupt, int64_t words) {
    intptr_t next = interrupt[7];
    if ((uint64_t)words > (uint64_t)(interrupt[8] - next) / 8) {
        return 0;
    }
    interrupt[7] = next + 8 * words;
    return (int64_t *)next;
}

/*
 * The word of the int whose magnitude is the n limbs after `record` (leading
 * zeros allowed) and whose sign is `sign`; the arena's room past what the
 * record keeps (all of it for a small int) is given back: the record must be
 * the arena's last allocation but for workspace after it.
 */
ALWAYS int64_t big_finish(volatile int64_t *interrupt, int64_t *record, int64_t n, int64_t sign) {
    uint64_t *d = (uint64_t *)(record + 1);
    while (n > 0 && d[n - 1] == 0) {
        n--;
    }
    if (n <= 1 && (n == 0 || d[0] < ((uint64_t)1 << 62))) {
        int64_t x = n == 0 ? 0 : (int64_t)d[0];
        interrupt[7] = (int64_t)record;
        return 2 * (sign < 0 ? -x : x) + 1;
    }
    record[0] = sign < 0 ? -n : n;
    interrupt[7] = (int64_t)(d + n);
    return (int64_t)record;
}

/* -1, 0 or 1 as magnitude a compares with magnitude b. */
ALWAYS int64_t mag_cmp(const uint64_t *a, int64_t na, const uint64_t *b, int64_t nb) {
    int64_t i = na == nb ? na - 1 : -1;
    while (i >= 0 && a[i] == b[i]) {
        i--;
    }
    int64_t same = select_word(i < 0, 0, select_word(a[i < 0 ? 0 : i] < b[i < 0 ? 0 : i], -1, 1));
    return select_word(na != nb, na < nb ? -1 : 1, same);
}

/*
 * r[0:n] = a + b (a - b) by a loop of adc (sbb): the carry stays in the flag
 * (inc and dec leave it alone), one limb per cycle or two. The carry (borrow) out.
 */
#define CARRY_LOOP(name, insn)                                                         \
    ALWAYS uint64_t name(uint64_t *r, const uint64_t *a, const uint64_t *b, int64_t n) { \
        uint64_t carry = 0;                                                            \
        if (n > 0) {                                                                   \
            int64_t i = 0;                                                             \
            uint64_t t;                                                                \
            __asm__ volatile("clc\n"                                                   \
                             "1:\n\t"                                                  \
                             "movq (%[a],%[i],8), %[t]\n\t"                             \
                             insn " (%[b],%[i],8), %[t]\n\t"                            \
                             "movq %[t], (%[r],%[i],8)\n\t"                             \
                             "incq %[i]\n\t"                                            \
                             "decq %[n]\n\t"                                            \
                             "jnz 1b\n\t"                                               \
                             "setc %b[c]"                                               \
                             : [i] "+r"(i), [n] "+r"(n), [t] "=&r"(t), [c] "+r"(carry)  \
                             : [a] "r"(a), [b] "r"(b), [r] "r"(r)                       \
                             : "cc", "memory");                                         \
        }                                                                              \
        return carry;                                                                  \
    }

CARRY_LOOP(adc_limbs, "adcq")
CARRY_LOOP(sbb_limbs, "sbbq")

/* r[0:na + 1] = a + b, na >= nb. */
ALWAYS void mag_add(uint64_t *r, const uint64_t *a, int64_t na, const uint64_t *b, int64_t nb) {
    uint64_t carry = adc_limbs(r, a, b, nb);
    int64_t i = nb;
    for (; i < na; i++) {
        u128 s = (u128)a[i] + carry;
        r[i] = (uint64_t)s;
        carry = (uint64_t)(s >> 64);
    }
    r[na] = carry;
}

/* r[0:na] = a - b, a >= b. */
ALWAYS void mag_sub(uint64_t *r, const uint64_t *a, int64_t na, const uint64_t *b, int64_t nb) {
    uint64_t borrow = sbb_limbs(r, a, b, nb);
    int64_t i = nb;
    for (; i < na; i++) {
        r[i] = a[i] - borrow;
        borrow = a[i] < borrow;
    }
}

/* The word of a + b where b's sign is `bsign` (its view's, or the opposite for a - b); 0 when the arena is full. */
ALWAYS int64_t big_add_signed(volatile int64_t *interrupt, const struct big *a, const struct big *b, int64_t bsign) {
    const struct big *x = a, *y = b;
    int64_t xsign = a->sign, ysign = bsign;
    if (a->n < b->n) {
        x = b;
        y = a;
        xsign = bsign;
        ysign = a->sign;
    }
    int64_t *record = arena_take(interrupt, x->n + 2);
    if (record == 0) {
        return 0;
    }
    uint64_t *r = (uint64_t *)(record + 1);
    if (xsign == ysign || ysign == 0) {
        mag_add(r, x->d, x->n, y->d, y->n);
        return big_finish(interrupt, record, x->n + 1, xsign);
    }
    int64_t c = mag_cmp(x->d, x->n, y->d, y->n);
    if (c >= 0) {
        mag_sub(r, x->d, x->n, y->d, y->n);
        return big_finish(interrupt, record, x->n, xsign);
    }
    mag_sub(r, y->d, y->n, x->d, x->n);
    return big_finish(interrupt, record, y->n, ysign);
}

#define BIG_ADD_OP(name, flip)                                 \
    STENCIL(name) {                                            \
        struct big a, b;                                       \
        big_view(interrupt, 0, SLOT(1), &a);                                 \
        big_view(interrupt, 1, SLOT(2), &b);                                 \
        int64_t word = big_add_signed(interrupt, &a, &b, flip b.sign); \
        if (word == 0) {                                       \
            SIDE_EXIT();                                       \
        }                                                      \
        SLOT(0) = word;                                        \
        CONTINUE();                                            \
    }

/* slot[OPERAND0] = slot[OPERAND1] + slot[OPERAND2], ints' words. */
BIG_ADD_OP(big_add, +)
/* slot[OPERAND0] = slot[OPERAND1] - slot[OPERAND2]. */
BIG_ADD_OP(big_sub, -)

/* slot[OPERAND0] = slot[OPERAND1] * slot[OPERAND2]: schoolbook, one pass per limb of the shorter. */
STENCIL(big_mul) {
    struct big x, y;
    big_view(interrupt, 0, SLOT(1), &x);
    big_view(interrupt, 1, SLOT(2), &y);
    const struct big *a = x.n >= y.n ? &x : &y, *b = x.n >= y.n ? &y : &x;
    int64_t *record = b->n > SCHOOLBOOK_LIMBS ? 0 : arena_take(interrupt, a->n + b->n + 1);
    if (record == 0) {
        SIDE_EXIT();
    }
    uint64_t *r = (uint64_t *)(record + 1);
    /* The first pass writes r (r = a * b[0]; b is never longer than a), each other one adds to it. */
    for (int64_t j = 0; j < b->n; j++) {
        uint64_t carry = 0, m = b->d[j];
        if (j == 0) {
            for (int64_t i = 0; i < a->n; i++) {
                u128 p = (u128)a->d[i] * m + carry;
                r[i] = (uint64_t)p;
                carry = (uint64_t)(p >> 64);
            }
        } else {
            for (int64_t i = 0; i < a->n; i++) {
                u128 p = (u128)a->d[i] * m + r[i + j] + carry;
                r[i + j] = (uint64_t)p;
                carry = (uint64_t)(p >> 64);
            }
        }
        r[j + a->n] = carry;
    }
    SLOT(0) = big_finish(interrupt, record, b->n == 0 ? 0 : a->n + b->n, a->sign * b->sign);
    CONTINUE();
}

/* The quotient and remainder of high:low by d (high < d), by one `div`. */
ALWAYS uint64_t div_128(uint64_t high, uint64_t low, uint64_t d, uint64_t *rem) {
    uint64_t q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(low), "d"(high), "rm"(d) : "cc");
    *rem = r;
    return q;
}

/*
 * Knuth's algorithm D on magnitudes: q[0:m - n + 1] = u / v (when q is not
 * null) and r[0:n] = u % v (when r is not null), for m >= n >= 1 and v's top
 * limb non-zero. `un` (m + 1 limbs) and `vn` (n limbs) are workspace for the
 * normalized operands; the remainder is 0 exactly when un[0:n] is, afterwards.
 */
ALWAYS void mag_divmod(const uint64_t *u, int64_t m, const uint64_t *v, int64_t n, uint64_t *q, uint64_t *r, uint64_t *un, uint64_t *vn) {
    if (n == 1) {
        uint64_t rem = 0;
        for (int64_t i = m - 1; i >= 0; i--) {
            uint64_t digit = div_128(rem, u[i], v[0], &rem);
            if (q != 0) {
                q[i] = digit;
            }
        }
        if (r != 0) {
            r[0] = rem;
        }
        un[0] = rem;
        return;
    }
    int s = __builtin_clzll(v[n - 1]);
    /* x >> (64 - s) as two shifts, so that s = 0 shifts by 64 nowhere. */
    for (int64_t i = n - 1; i > 0; i--) {
        vn[i] = (v[i] << s) | ((v[i - 1] >> 1) >> (63 - s));
    }
    vn[0] = v[0] << s;
    un[m] = (u[m - 1] >> 1) >> (63 - s);
    for (int64_t i = m - 1; i > 0; i--) {
        un[i] = (u[i] << s) | ((u[i - 1] >> 1) >> (63 - s));
    }
    un[0] = u[0] << s;
    for (int64_t j = m - n; j >= 0; j--) {
        uint64_t qhat, rhat;
        _Bool big_rhat = 0;
        if (un[j + n] >= vn[n - 1]) {
            qhat = ~(uint64_t)0;
            u128 t = (u128)un[j + n - 1] + vn[n - 1];
            rhat = (uint64_t)t;
            big_rhat = (t >> 64) != 0;
        } else {
            qhat = div_128(un[j + n], un[j + n - 1], vn[n - 1], &rhat);
        }
        while (!big_rhat && (u128)qhat * vn[n - 2] > (((u128)rhat << 64) | un[j + n - 2])) {
            qhat--;
            u128 t = (u128)rhat + vn[n - 1];
            rhat = (uint64_t)t;
            big_rhat = (t >> 64) != 0;
        }
        uint64_t borrow = 0, carry = 0;
        for (int64_t i = 0; i < n; i++) {
            u128 p = (u128)qhat * vn[i] + carry;
            carry = (uint64_t)(p >> 64);
            uint64_t t, w;
            uint64_t b1 = __builtin_sub_overflow(un[i + j], (uint64_t)p, &t);
            uint64_t b2 = __builtin_sub_overflow(t, borrow, &w);
            un[i + j] = w;
            borrow = b1 + b2;
        }
        uint64_t t, w;
        uint64_t b1 = __builtin_sub_overflow(un[j + n], carry, &t);
        uint64_t b2 = __builtin_sub_overflow(t, borrow, &w);
        un[j + n] = w;
        if (b1 | b2) {
            /* qhat was one too many: add v back once. */
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < n; i++) {
                u128 sum = (u128)un[i + j] + vn[i] + c;
                un[i + j] = (uint64_t)sum;
                c = (uint64_t)(sum >> 64);
            }
            un[j + n] += c;
        }
        if (q != 0) {
            q[j] = qhat;
        }
    }
    for (int64_t i = 0; r != 0 && i < n; i++) {
        r[i] = (un[i] >> s) | ((un[i + 1] << 1) << (63 - s));
    }
}

/*
 * u - q * v for magnitudes of n limbs each, into r when it is not null; true
 * when that is below 0 (q was one too many). `nonzero` gets whether any limb of
 * the difference is not 0.
 */
ALWAYS _Bool mag_submul(const uint64_t *u, const uint64_t *v, int64_t n, uint64_t q, uint64_t *r, _Bool *nonzero) {
    uint64_t borrow = 0, carry = 0, any = 0;
    for (int64_t i = 0; i < n; i++) {
        u128 p = (u128)q * v[i] + carry;
        carry = (uint64_t)(p >> 64);
        uint64_t t, w;
        uint64_t b1 = __builtin_sub_overflow(u[i], (uint64_t)p, &t);
        uint64_t b2 = __builtin_sub_overflow(t, borrow, &w);
        borrow = b1 + b2;
        any |= w;
        if (r != 0) {
            r[i] = w;
        }
    }
    *nonzero = any != 0;
    return carry + borrow != 0;
}

/*
 * u / v and u % v (into r when it is not null) for magnitudes of n >= 2 limbs
 * each, whose quotient is one limb: the quotient digit of algorithm D from the
 * top limbs as normalizing would shift them (one or one too many), then a
 * single pass over the unnormalized limbs, again if it was one too many. No
 * workspace. `exact` gets whether the remainder is 0.
 */
ALWAYS uint64_t mag_divmod_same(const uint64_t *u, const uint64_t *v, int64_t n, uint64_t *r, _Bool *exact) {
    int s = __builtin_clzll(v[n - 1]);
    /* Limb i of x << s, for i >= 1 (limb 0's lower neighbour is 0 where i - 1 < 0). */
#define SHIFTED(x, i) (((x)[i] << s) | ((((i) >= 1 ? (x)[(i) - 1] : 0) >> 1) >> (63 - s)))
    uint64_t v1 = SHIFTED(v, n - 1), v0 = SHIFTED(v, n - 2);
    uint64_t u2 = (u[n - 1] >> 1) >> (63 - s), u1 = SHIFTED(u, n - 1), u0 = SHIFTED(u, n - 2);
#undef SHIFTED
    uint64_t qhat, rhat;
    _Bool big_rhat = 0;
    if (u2 >= v1) {
        qhat = ~(uint64_t)0;
        u128 t = (u128)u1 + v1;
        rhat = (uint64_t)t;
        big_rhat = (t >> 64) != 0;
    } else {
        qhat = div_128(u2, u1, v1, &rhat);
    }
    while (!big_rhat && (u128)qhat * v0 > (((u128)rhat << 64) | u0)) {
        qhat--;
        u128 t = (u128)rhat + v1;
        rhat = (uint64_t)t;
        big_rhat = (t >> 64) != 0;
    }
    _Bool nonzero;
    if (mag_submul(u, v, n, qhat, r, &nonzero)) {
        qhat--;
        mag_submul(u, v, n, qhat, r, &nonzero);
    }
    *exact = !nonzero;
    return qhat;
}

/*
 * Python's a // b (or a % b when `mod`): the quotient rounded toward minus
 * infinity, the remainder with b's sign. The word, 0 for a zero divisor (tier 1
 * raises) or a full arena.
 */
ALWAYS int64_t big_divide(volatile int64_t *interrupt, int64_t aword, int64_t bword, _Bool mod) {
    struct big a, b;
    big_view(interrupt, 0, aword, &a);
    big_view(interrupt, 1, bword, &b);
    int64_t m = a.n, n = b.n;
    if (b.sign == 0 || (n > SCHOOLBOOK_LIMBS && m - n >= SCHOOLBOOK_LIMBS)) {
        return 0;
    }
    /* The result first (so that big_finish gives the workspace back with its own spare room), then the workspace. */
    int64_t qn = m >= n ? m - n + 2 : 2;
    int64_t *record = arena_take(interrupt, (mod ? n + 1 : qn) + 1);
    int64_t *work = arena_take(interrupt, (m + 1) + n + n);
    if (record == 0 || work == 0) {
        return 0;
    }
    uint64_t *result = (uint64_t *)(record + 1);
    uint64_t *un = (uint64_t *)work, *vn = un + m + 1, *rem = vn + n;
    uint64_t *q = mod ? 0 : result;
    _Bool exact = 1;
    _Bool one_pass = m == n && n >= 2;
    if (one_pass) {
        /* pidigits' (3 * num + acc) // den: one quotient limb, one pass. */
        uint64_t digit = mag_divmod_same(a.d, b.d, n, mod ? rem : 0, &exact);
        if (q != 0) {
            q[0] = digit;
            q[1] = 0;
        }
    } else if (m < n) {
        /* |a| < |b|: the quotient's magnitude is 0, the remainder's a's. */
        for (int64_t i = 0; i < qn; i++) {
            result[i] = 0;
        }
        for (int64_t i = 0; i < n; i++) {
            rem[i] = un[i] = i < m ? a.d[i] : 0;
        }
    } else {
        if (q != 0) {
            q[m - n + 1] = 0;
        }
        /* A quotient needs the remainder's zeroness only, which un shows. */
        mag_divmod(a.d, m, b.d, n, q, mod ? rem : 0, un, vn);
    }
    for (int64_t i = 0; !one_pass && i < n; i++) {
        exact &= un[i] == 0;
    }
    _Bool round_down = a.sign != b.sign && a.sign != 0 && !exact;
    if (mod) {
        if (round_down) {
            /* b's sign, and |b| - |a % b| */
            mag_sub(result, b.d, n, rem, n);
        } else {
            for (int64_t i = 0; i < n; i++) {
                result[i] = rem[i];
            }
        }
        return big_finish(interrupt, record, n, b.sign);
    }
    if (round_down) {
        /* -(|a| // |b| + 1) */
        uint64_t carry = 1;
        for (int64_t i = 0; i < qn; i++) {
            result[i] += carry;
            carry = carry && result[i] == 0;
        }
    }
    return big_finish(interrupt, record, qn, a.sign * b.sign);
}

#define BIG_DIVIDE_OP(name, mod)                               \
    STENCIL(name) {                                            \
        int64_t word = big_divide(interrupt, SLOT(1), SLOT(2), mod); \
        if (word == 0) {                                       \
            SIDE_EXIT();                                       \
        }                                                      \
        SLOT(0) = word;                                        \
        CONTINUE();                                            \
    }

/* slot[OPERAND0] = slot[OPERAND1] // slot[OPERAND2] */
BIG_DIVIDE_OP(big_floordiv, 0)
/* slot[OPERAND0] = slot[OPERAND1] % slot[OPERAND2] */
BIG_DIVIDE_OP(big_mod, 1)

/* slot[OPERAND0] = -1, 0 or 1 as int slot[OPERAND1] compares with int slot[OPERAND2]. */
STENCIL(big_cmp) {
    struct big a, b;
    big_view(interrupt, 0, SLOT(1), &a);
    big_view(interrupt, 1, SLOT(2), &b);
    SLOT(0) = select_word(a.sign != b.sign, a.sign < b.sign ? -1 : 1, a.sign * mag_cmp(a.d, a.n, b.d, b.n));
    CONTINUE();
}

/* slot[OPERAND0] = -slot[OPERAND1] */
STENCIL(big_neg) {
    struct big a;
    big_view(interrupt, 0, SLOT(1), &a);
    int64_t *record = arena_take(interrupt, a.n + 1);
    if (record == 0) {
        SIDE_EXIT();
    }
    uint64_t *r = (uint64_t *)(record + 1);
    for (int64_t i = 0; i < a.n; i++) {
        r[i] = a.d[i];
    }
    SLOT(0) = big_finish(interrupt, record, a.n, -a.sign);
    CONTINUE();
}

/* slot[OPERAND0] = the word of the 64-bit int (or bool) slot[OPERAND1]. */
STENCIL(big_from_int) {
    int64_t x = SLOT(1);
    /* Branch-free but for the exit (one CONTINUE): the record is written even when unused. */
    int64_t *record = (int64_t *)interrupt[7];
    if (interrupt[8] - (intptr_t)record < 16) {
        SIDE_EXIT();
    }
    _Bool big = x < -((int64_t)1 << 62) || x >= ((int64_t)1 << 62);
    record[0] = x < 0 ? -1 : 1;
    record[1] = x < 0 ? -(int64_t)(uint64_t)x : x;
    interrupt[7] = (intptr_t)record + (big ? 16 : 0);
    SLOT(0) = select_word(big, (int64_t)record, 2 * x + 1);
    CONTINUE();
}

/* slot[OPERAND0] = int slot[OPERAND1] as 64 bits; one beyond side-exits. */
STENCIL(big_to_int) {
    struct big a;
    big_view(interrupt, 0, SLOT(1), &a);
    uint64_t limit = a.sign < 0 ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    /* A zero's limb reads 0 too. */
    if (a.n > 1 || a.d[0] > limit) {
        SIDE_EXIT();
    }
    SLOT(0) = select_word(a.sign < 0, (int64_t)(0 - a.d[0]), (int64_t)a.d[0]);
    CONTINUE();
}

/*
 * slot[OPERAND0] = int slot[OPERAND1], a value another local holds: a copy in
 * the arena when that is the local's buffer, which the head may overwrite.
 */
STENCIL(big_share) {
    int64_t word = SLOT(1);
    if (!(word & 1) && !big_is_temporary(interrupt, word)) {
        const int64_t *from = (const int64_t *)word;
        int64_t n = from[0] < 0 ? -from[0] : from[0];
        int64_t *record = arena_take(interrupt, n + 1);
        if (record == 0) {
            SIDE_EXIT();
        }
        for (int64_t i = 0; i <= n; i++) {
            record[i] = from[i];
        }
        word = (int64_t)record;
    }
    SLOT(0) = word;
    CONTINUE();
}

/*
 * At the loop's head, before any big_keep: makes room in the buffer of a local
 * (its address slot[OPERAND1], its capacity in limbs slot[OPERAND2]) for the
 * temporary int it holds (slot[OPERAND0]), taking a new buffer of twice that
 * from the arena's end. No room side-exits at the head, where the slots hold
 * the next iteration's start.
 */
STENCIL(big_reserve) {
    int64_t word = SLOT(0);
    if (big_is_temporary(interrupt, word)) {
        int64_t h = *(const int64_t *)word;
        int64_t n = h < 0 ? -h : h;
        if (n > SLOT(2)) {
            int64_t capacity = 2 * n + 8;
            intptr_t buffer = interrupt[8] - 8 * (capacity + 1);
            if (buffer < interrupt[7]) {
                SIDE_EXIT();
            }
            interrupt[8] = buffer;
            SLOT(1) = buffer;
            SLOT(2) = capacity;
        }
    }
    CONTINUE();
}

/* Then: the temporary int a local holds (slot[OPERAND0]) moves into its buffer (slot[OPERAND1]). */
STENCIL(big_keep) {
    int64_t word = SLOT(0);
    if (big_is_temporary(interrupt, word)) {
        const int64_t *from = (const int64_t *)word;
        int64_t *to = (int64_t *)SLOT(1);
        int64_t n = from[0] < 0 ? -from[0] : from[0];
        for (int64_t i = 0; i <= n; i++) {
            to[i] = from[i];
        }
        SLOT(0) = (int64_t)to;
    }
    CONTINUE();
}
