/*
 * Int micro-ops: slot[OPERAND0] = slot[OPERAND1] op slot[OPERAND2].
 * Every result that leaves the 64-bit range side-exits before writing, so the
 * interpreter redoes the operation with big ints from unchanged slots.
 */
#include "jit.h"

/* slot[OPERAND0] = left INSN right, side-exiting on overflow (INT_OP_OR_EXIT). */
#define GUARDED_INT_OP_FROM(name, insn, left, right)           \
    STENCIL(name) {                                            \
        int64_t result = left;                                 \
        INT_OP_OR_EXIT(insn, result, right);                   \
        SET_INT_RESULT(result);                                \
        CONTINUE();                                            \
        OVERFLOW_EXIT();                                       \
    }
/* ... with the left operand from its slot, OPERAND1, or from rax (jit.h's RAX_IN). */
#define GUARDED_INT_OP(name, insn, right)                      \
    GUARDED_INT_OP_FROM(name, insn, SLOT(1), right)            \
    GUARDED_INT_OP_FROM(name##_rax, insn, RAX_IN(), right)

GUARDED_INT_OP(int_add, "add", SLOT(2))
GUARDED_INT_OP(int_sub, "sub", SLOT(2))
GUARDED_INT_OP(int_mul, "imul", SLOT(2))
/* slot[OPERAND1] - rax: a difference whose right operand the micro-op before computed. */
GUARDED_INT_OP_FROM(int_sub_rax_rhs, "sub", SLOT(1), RAX_IN())
/* slot[OPERAND0] = slot[OPERAND1] + OPERAND2: counters and `i += 1`; `_imm32` for a step that fits 32 bits. */
GUARDED_INT_OP(int_add_imm, "add", OPERAND(2))
GUARDED_INT_OP(int_add_imm32, "add", IMM32(2))

/* The same without the check, for a step the code has proved in range (a
 * range loop's counter one step short of its bound, a while loop's counter below its bound). */
#define WRAPPING_ADD(name, step)                               \
    STENCIL(name) {                                            \
        SLOT(0) = (int64_t)((uint64_t)SLOT(1) + (uint64_t)(step)); \
        CONTINUE();                                            \
    }

WRAPPING_ADD(int_add_imm_wrap, OPERAND(2))
WRAPPING_ADD(int_add_imm_wrap32, IMM32(2))

STENCIL(int_neg) {
    int64_t result = SLOT(1);
    __asm__ goto("neg %0\n\tjo %l[overflow]" : "+r"(result) : : "cc" : overflow);
    SLOT(0) = result;
    CONTINUE();
    OVERFLOW_EXIT();
}

/* Python's ** of ints by binary exponentiation: a negative exponent (whose
 * result is a float) and every overflow (a big int) side-exit, so that only
 * exact int results are written. Selects instead of branches keep the loop
 * ahead of the stencil's one CONTINUE (see list.c). */
STENCIL(int_pow) {
    int64_t base = SLOT(1), e = SLOT(2), result = 1;
    _Bool overflow = e < 0;
    /* One pass even for an exponent of 0 (it multiplies by 1): no test ahead of the loop.
     * The last pass squares the base needlessly; its overflow does not count. */
    uint64_t bits = e > 0 ? (uint64_t)e : 0;
    do {
        overflow |= __builtin_mul_overflow(result, (bits & 1) != 0 ? base : 1, &result);
        overflow |= __builtin_mul_overflow(base, base, &base) & (bits > 1);
        bits >>= 1;
    } while (bits != 0);
    if (opaque_flag(overflow)) {
        SIDE_EXIT();
    }
    SLOT(0) = result;
    CONTINUE();
}

/* Python's floor division and modulo: rounded toward minus infinity, the
 * remainder takes the divisor's sign. Zero divisors and MIN // -1 side-exit
 * (ZeroDivisionError and a big-int result are the interpreter's business). */
STENCIL(int_floordiv) {
    int64_t a = SLOT(1), b = SLOT(2);
    if (b == 0 || (b == -1 && a == INT64_MIN)) {
        SIDE_EXIT();
    }
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) {
        q -= 1;
    }
    SLOT(0) = q;
    CONTINUE();
}

STENCIL(int_mod) {
    int64_t a = SLOT(1), b = SLOT(2);
    if (b == 0) {
        SIDE_EXIT();
    }
    int64_t r = b == -1 ? 0 : a % b;
    if (r != 0 && ((r < 0) != (b < 0))) {
        r += b;
    }
    SLOT(0) = r;
    CONTINUE();
}

/* The same for a divisor the code knows is above 0 (a literal): a remainder below 0 steps down. */
#define POSITIVE_DIVISION(floordiv, mod, left)                 \
    STENCIL(floordiv) {                                        \
        int64_t a = left, b = SLOT(2);                         \
        int64_t q = a / b, r = a % b;                          \
        SET_INT_RESULT(q + (r >> 63));                         \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(mod) {                                             \
        int64_t a = left, b = SLOT(2);                         \
        int64_t r = a % b;                                     \
        SET_INT_RESULT(r + (b & (r >> 63)));                   \
        CONTINUE();                                            \
    }

POSITIVE_DIVISION(int_floordiv_pos, int_mod_pos, SLOT(1))
POSITIVE_DIVISION(int_floordiv_pos_rax, int_mod_pos_rax, RAX_IN())

/*
 * Floor division by a literal d from 2 to 2**31 - 1 without a division, whose latency (idiv: ~15
 * cycles, one at a time) bounded recurrences like `h = (h * 31 + c) % 1000003`. The dividend's
 * sign is folded away: b = a ^ (a >> 63) lies in [0, 2**63) and floor(a / d) = (b / d) ^ (a >> 63).
 * b / d is the high half of b * M shifted right by s = OPERAND2, with M = OPERAND3 =
 * ceil(2**(63 + l) / d) < 2**64 and s = l - 1 for 2**(l - 1) < d <= 2**l (Granlund and
 * Montgomery's round-up method: M * d exceeds 2**(63 + l) by less than 2**l, so the quotient is
 * exact for every b below 2**63; MagicDivisor.java). The modulo is then int_sub_mul_imm32's
 * a - q * d, with q from rax.
 */
#define MAGIC_FLOOR_DIVISION(name, left)                                          \
    STENCIL(name) {                                                               \
        int64_t a = left;                                                         \
        uint64_t sign = (uint64_t)(a >> 63);                                      \
        uint64_t b = (uint64_t)a ^ sign;                                          \
        uint64_t q = (uint64_t)(((unsigned __int128)b * (uint64_t)OPERAND(3)) >> 64); \
        SHIFT_BY_OPERAND("shrq", q, 2);                                           \
        SET_INT_RESULT((int64_t)(q ^ sign));                                      \
        CONTINUE();                                                               \
    }

MAGIC_FLOOR_DIVISION(int_floordiv_magic, SLOT(1))
MAGIC_FLOOR_DIVISION(int_floordiv_magic_rax, RAX_IN())

/* slot[OPERAND1] - q * OPERAND2 (a 32-bit literal), q from slot[OPERAND3] or rax: a modulo from its floor quotient. */
#define SUB_MUL_IMM32(name, q)                                                    \
    STENCIL(name) {                                                               \
        SET_INT_RESULT((int64_t)((uint64_t)SLOT(1) - (uint64_t)(q) * (uint64_t)IMM32(2))); \
        CONTINUE();                                                               \
    }

SUB_MUL_IMM32(int_sub_mul_imm32, SLOT(3))
SUB_MUL_IMM32(int_sub_mul_imm32_rax, RAX_IN())

#define BIT_OP(name, op)                                       \
    STENCIL(name) {                                            \
        SET_INT_RESULT(SLOT(1) op SLOT(2));                    \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##_rax) {                                      \
        SET_INT_RESULT(RAX_IN() op SLOT(2));                   \
        CONTINUE();                                            \
    }

BIT_OP(int_and, &)
BIT_OP(int_or, |)
BIT_OP(int_xor, ^)

/* Comparisons into a bool slot (0 or 1). */
#define INT_COMPARE(name, op)            \
    STENCIL(name) {                      \
        SLOT(0) = SLOT(1) op SLOT(2);    \
        CONTINUE();                      \
    }

INT_COMPARE(int_lt, <)
INT_COMPARE(int_le, <=)
INT_COMPARE(int_gt, >)
INT_COMPARE(int_ge, >=)
INT_COMPARE(int_eq, ==)
INT_COMPARE(int_ne, !=)

/* Compare and branch: jump when slot[OPERAND0] op slot[OPERAND1] holds (see JUMP_IF_CMP); `_rax`
 * with the left operand from rax. */
#define INT_BRANCH(name, cc)                                   \
    STENCIL(name) {                                            \
        JUMP_IF_CMP(cc, SLOT(0), SLOT(1));                     \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##_rax) {                                      \
        JUMP_IF_CMP(cc, RAX_IN(), SLOT(1));                    \
        CONTINUE();                                            \
    }

INT_BRANCH(branch_int_lt, "l")
INT_BRANCH(branch_int_le, "le")
INT_BRANCH(branch_int_gt, "g")
INT_BRANCH(branch_int_ge, "ge")
INT_BRANCH(branch_int_eq, "e")
INT_BRANCH(branch_int_ne, "ne")

/*
 * The same against an int literal, OPERAND1 (`n < 2`): no constant slot, which a function loads
 * at every call; `_imm32` for one that fits 32 bits, compared to the slot in one instruction.
 */
#define INT_BRANCH_IMM(name, cc)                               \
    STENCIL(name) {                                            \
        JUMP_IF_CMP(cc, SLOT(0), OPERAND(1));                  \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##32) {                                        \
        JUMP_IF_CMP(cc, SLOT(0), IMM32(1));                    \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##32_rax) {                                    \
        JUMP_IF_CMP(cc, RAX_IN(), IMM32(1));                   \
        CONTINUE();                                            \
    }

INT_BRANCH_IMM(branch_int_lt_imm, "l")
INT_BRANCH_IMM(branch_int_le_imm, "le")
INT_BRANCH_IMM(branch_int_gt_imm, "g")
INT_BRANCH_IMM(branch_int_ge_imm, "ge")
INT_BRANCH_IMM(branch_int_eq_imm, "e")
INT_BRANCH_IMM(branch_int_ne_imm, "ne")

/*
 * In-place updates of an int local that an int register caches (jit.h): slot[OPERAND0] and iK =
 * iK INSN right, where OPERAND0 is the cached local's slot (OPERAND1 names it too). An overflow
 * side-exits before writing the slot; the register then no longer matters. `_rax_iK`: the right
 * operand from rax (`t += n % 3`), as the micro-op before left it. count_iK is
 * convert.c's count of loop iterations for a counter an innermost loop keeps in iK: its slot
 * was a load and a store per iteration, a chain through memory that bounded tight loops.
 */
#define GUARDED_INT_UPDATE(name, k, insn, right)               \
    STENCIL(name##_i##k) {                                     \
        int64_t result = i##k;                                 \
        INT_OP_OR_EXIT(insn, result, right);                   \
        SLOT(0) = result;                                      \
        i##k = result;                                         \
        CONTINUE();                                            \
        OVERFLOW_EXIT();                                       \
    }

#define WRAPPING_UPDATE(name, k, step)                         \
    STENCIL(name##_i##k) {                                     \
        i##k = (int64_t)((uint64_t)i##k + (uint64_t)(step));   \
        SLOT(0) = i##k;                                        \
        CONTINUE();                                            \
    }

/* Compare and branch with the left operand from iK, a cached int local: no load of its slot, and
 * the right one compared where it is (a slot in memory, or an immediate). */
#define JUMP_IF_CMP_REGISTER(cc, a, b) \
    __asm__ volatile("cmpq %1, %0\n\tj" cc " _JIT_JUMP_TARGET" : : "r"(a), "rme"(b) : "cc")
#define INT_BRANCHES_FROM(k, name, cc)                         \
    STENCIL(name##_i##k) {                                     \
        JUMP_IF_CMP_REGISTER(cc, i##k, SLOT(1));               \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(name##_imm32_i##k) {                               \
        JUMP_IF_CMP_REGISTER(cc, i##k, IMM32(1));              \
        CONTINUE();                                            \
    }

#define INT_REGISTER_BRANCHES(k)                               \
    INT_BRANCHES_FROM(k, branch_int_lt, "l")                   \
    INT_BRANCHES_FROM(k, branch_int_le, "le")                  \
    INT_BRANCHES_FROM(k, branch_int_gt, "g")                   \
    INT_BRANCHES_FROM(k, branch_int_ge, "ge")                  \
    INT_BRANCHES_FROM(k, branch_int_eq, "e")                   \
    INT_BRANCHES_FROM(k, branch_int_ne, "ne")

#define INT_REGISTER(k)                                        \
    INT_REGISTER_BRANCHES(k)                                   \
    GUARDED_INT_UPDATE(int_add, k, "add", SLOT(2))             \
    GUARDED_INT_UPDATE(int_sub, k, "sub", SLOT(2))             \
    GUARDED_INT_UPDATE(int_mul, k, "imul", SLOT(2))            \
    GUARDED_INT_UPDATE(int_add_rax, k, "add", RAX_IN())        \
    GUARDED_INT_UPDATE(int_sub_rax, k, "sub", RAX_IN())        \
    GUARDED_INT_UPDATE(int_mul_rax, k, "imul", RAX_IN())       \
    GUARDED_INT_UPDATE(int_add_imm, k, "add", OPERAND(2))      \
    GUARDED_INT_UPDATE(int_add_imm32, k, "add", IMM32(2))      \
    WRAPPING_UPDATE(int_add_wrap, k, SLOT(2))                  \
    WRAPPING_UPDATE(int_add_imm_wrap, k, OPERAND(2))           \
    WRAPPING_UPDATE(int_add_imm_wrap32, k, IMM32(2))           \
    STENCIL(i##k##_from_slot) {                                \
        i##k = SLOT(0);                                        \
        CONTINUE();                                            \
    }                                                          \
    STENCIL(count_i##k) {                                      \
        i##k += 1;                                             \
        SLOT(0) = i##k;                                        \
        CONTINUE();                                            \
    }

INT_REGISTER(1)
INT_REGISTER(2)
INT_REGISTER(3)
INT_REGISTER(4)
