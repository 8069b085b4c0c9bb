/*
 * Shared declarations of the pyjit stencil templates.
 *
 * Every stencil is an ordinary System V x86-64 function
 *
 *     int64_t op(int64_t *slots, volatile int64_t *interrupt, double acc,
 *                double r1, double r2, double r3, double r4, double r5,
 *                double r6, double r7, int64_t i1, int64_t i2, int64_t i3,
 *                int64_t i4);
 *
 * `slots` (rdi) is the region's frame of unboxed 64-bit values (ints, bools as
 * 0/1, floats as their IEEE bits); `interrupt` (rsi) points at a word that the
 * Java side sets to non-zero to stop the code. Stencils pass both on unchanged
 * by tail-calling the next stencil, so rsp never moves between stencils and a
 * `ret` anywhere returns straight to the caller of the entry shim. The value
 * returned is the region's exit code: the exit id of the side exit or return
 * that left the region.
 *
 * `acc` (xmm0) is the float accumulator. A float operation leaves its result
 * there as well as in its slot, and every other stencil passes it on as it
 * came. When the next micro-op reads that result, the compiler picks its
 * `_acc` variant, which takes the operand from xmm0: the dependency then goes
 * from register to register instead of through a store and a load of the
 * slot (store-to-load forwarding adds ~5 cycles to each link of a chain of
 * float operations).
 *
 * `r1`..`r7` (xmm1..xmm7, the rest of the argument registers) cache up to
 * seven float locals of an innermost loop, the ones its iterations carry from
 * one to the next (mandelbrot's zr, zi, tr, ti; nbody's dx..m2). The slot stays the truth: a write goes to both, so side exits and
 * every stencil without a register form read the slot as before, and a read
 * from the register takes the loop-carried chain out of memory. Stencils
 * that call out (libm, other regions) forget them, so gcc saves none around
 * the call; the emitter reloads them from their slots after the call.
 *
 * `i1`..`i4` (rdx, rcx, r8, r9, the other integer argument registers) do the
 * same for up to four int locals of an innermost loop that its iterations
 * update in place: counters and sums (`j += i`, a range's counter, the count of
 * iterations). Only the
 * update reads the register (`int_add_i1`..): the chain from one iteration's
 * value to the next is what store-to-load forwarding slows down (a sieve's
 * `j += i` loop 1.5x); the branches and indexes that read the slot hang off
 * that chain and overlap with it.
 *
 * Holes are extern symbols whose ADDRESS is the value the runtime patches in.
 * Slot operands are byte offsets into `slots` (_JIT_SLOTn: the runtime writes
 * operand n times 8): under the small code model gcc folds such a symbol into
 * the displacement of the load or store itself (R_X86_64_32S), one 4-byte
 * field where a 64-bit index in a register would take a 10-byte movabs more.
 * Other operands (constants, exit codes, helper addresses) are full 64-bit
 * values, loaded by an explicit movabs (R_X86_64_64). Every call of a
 * function symbol is a rel32 jump (R_X86_64_PLT32) that the runtime links
 * inside the code buffer.
 */
#ifndef PYJIT_JIT_H
#define PYJIT_JIT_H

#include <stdint.h>

typedef int64_t jit_fn(int64_t *slots, volatile int64_t *interrupt, double acc, double r1, double r2, double r3, double r4, double r5,
                       double r6, double r7, int64_t i1, int64_t i2, int64_t i3, int64_t i4);

/* Per-instance operands: immediates and helper addresses (64 bits)... */
extern char _JIT_OPERAND0[];
extern char _JIT_OPERAND1[];
extern char _JIT_OPERAND2[];
extern char _JIT_OPERAND3[];
/* ... and the same operands as slots: their byte offsets in `slots`. */
extern char _JIT_SLOT0[];
extern char _JIT_SLOT1[];
extern char _JIT_SLOT2[];
extern char _JIT_SLOT3[];

/* Continuations: only ever tail-called (the build tool rejects anything else). */
extern jit_fn _JIT_CONTINUE;     /* the next micro-op; a trailing jump to it is cut */
extern jit_fn _JIT_JUMP_TARGET;  /* a branch target inside the region */
/* The side-exit stub of this micro-op; cold so gcc moves the path out of line. */
extern jit_fn _JIT_EXIT __attribute__((cold));

/* The asm keeps the small code model from assuming the value fits 32 bits. */
#define OPERAND(n) ({                                           \
        intptr_t operand_;                                      \
        __asm__("movabs $_JIT_OPERAND" #n ", %0" : "=r"(operand_)); \
        operand_;                                               \
    })
#define SLOT(n) (*(int64_t *)((char *)slots + (intptr_t)_JIT_SLOT##n))
/*
 * Operand n as the sign-extended 32-bit immediate field of the instruction that uses it
 * (R_X86_64_32S), for `_imm32` variants the emitter picks when the value fits: no movabs.
 */
#define IMM32(n) ((int64_t)(intptr_t)_JIT_OPERAND##n)
/*
 * x = x INSN OPERANDn (sar, shr, shl) with operand n, from 0 to 63, as the instruction's 8-bit
 * immediate count (R_X86_64_8): no count in rcx, which i2 holds.
 */
#define SHIFT_BY_OPERAND(insn, x, n) __asm__(insn " $_JIT_OPERAND" #n ", %0" : "+r"(x) : : "cc")

#define REGS acc, r1, r2, r3, r4, r5, r6, r7, i1, i2, i3, i4
#define CONTINUE() return _JIT_CONTINUE(slots, interrupt, REGS)
#define JUMP() return _JIT_JUMP_TARGET(slots, interrupt, REGS)
#define SIDE_EXIT() return _JIT_EXIT(slots, interrupt, REGS)

#define STENCIL(name) \
    int64_t name(int64_t *slots, volatile int64_t *interrupt, double acc, double r1, double r2, double r3, double r4, double r5, \
                 double r6, double r7, int64_t i1, int64_t i2, int64_t i3, int64_t i4)

/*
 * After a call out: the registers hold whatever the callee left (the empty asm
 * defines them without an instruction), and the emitter reloads the cached
 * float locals from their slots (see above).
 */
#define FORGET_REGS() __asm__("" : "=x"(r1), "=x"(r2), "=x"(r3), "=x"(r4), "=x"(r5), "=x"(r6), "=x"(r7), \
                                   "=r"(i1), "=r"(i2), "=r"(i3), "=r"(i4))

/* A helper's address: a far pointer (OPERAND's asm keeps gcc from a rel32 `call`). */
#define HELPER(n, type) ((type)OPERAND(n))

static inline double slot_as_double(int64_t bits) {
    double d;
    __builtin_memcpy(&d, &bits, sizeof d);
    return d;
}

static inline int64_t double_as_slot(double d) {
    int64_t bits;
    __builtin_memcpy(&bits, &d, sizeof bits);
    return bits;
}

/*
 * An overflow flag as an opaque value. gcc 12 lays out the side exit of a
 * `jo` from __builtin_*_overflow after the hot path, so the jump to the next
 * micro-op is not the last instruction and cannot be cut; through the empty
 * asm the exit is an ordinary branch to a cold call, which gcc moves to
 * .text.unlikely (the stencil's cold part) at the price of a `seto; test`.
 */
static inline _Bool opaque_flag(_Bool flag) {
    __asm__("" : "+r"(flag));
    return flag;
}

/*
 * Python's index into n items (a list's, a tuple's): a negative one counts from
 * the end. Out of range is >= n as unsigned.
 */
static inline uint64_t list_index(int64_t i, int64_t n) {
    return (uint64_t)(i < 0 ? i + n : i);
}

/*
 * The square root as the sqrtsd instruction: correctly rounded, the bits of libm's
 * and Java's, and no call (gcc's sqrt would be one, to libm, under -fno-builtin).
 */
static inline double sqrt_sd(double x) {
    double r;
    __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
    return r;
}

/*
 * x = x INSN y (AT&T order: add, sub, imul), side-exiting when the result leaves the 64-bit range:
 * `jo` tests the instruction's own overflow flag (asm goto) and jumps to the stencil's cold part,
 * which __builtin_*_overflow would reach only through opaque_flag's `seto; test`. A stencil that
 * uses it ends with OVERFLOW_EXIT().
 */
#define INT_OP_OR_EXIT(insn, x, y) \
    __asm__ goto(insn " %1, %0\n\tjo %l[overflow]" : "+r"(x) : "rme"(y) : "cc" : overflow)
#define OVERFLOW_EXIT() \
    overflow: __attribute__((cold)); \
    SIDE_EXIT()

/*
 * Branch stencils jump to _JIT_JUMP_TARGET by a conditional jump of their own: gcc 12 makes no
 * conditional tail calls, so `if (c) JUMP(); CONTINUE();` jumps over an unconditional jump, two
 * branches where one does. The asm leaves the function only from stencils that set nothing up
 * (no stack, every argument register as it came), where the target finds what CONTINUE's would.
 * JUMP_IF_CMP: if (a CC b), signed. JUMP_IF_UCOMISD: the flags of x against y, where an unordered
 * pair (a NaN) sets CF and ZF: "a" and "ae" are false for it, "b" and "be" true.
 */
#define JUMP_IF_CMP(cc, a, b) \
    __asm__ volatile("cmpq %1, %0\n\tj" cc " _JIT_JUMP_TARGET" : : "rm"(a), "re"(b) : "cc")
#define JUMP_IF_UCOMISD(cc, x, y) \
    __asm__ volatile("ucomisd %1, %0\n\tj" cc " _JIT_JUMP_TARGET" : : "x"(x), "xm"(y) : "cc")

/*
 * An int handed to the next micro-op in rax. Each int operation that ends with the store of its
 * result from rax into slot OPERAND0 (SET_INT_RESULT puts it there) leaves that value in rax, as
 * the last instruction before the cut jump shows (the runtime checks the bytes, Stencil.java); a
 * `_rax` variant of the micro-op right after it takes its left operand from there (RAX_IN). Nothing
 * else is passed in rax, so the runtime offers it only to the very next micro-op, and where the
 * value's slot is read by no other, the producer's store goes (Emitter.dropUnreadResultStores):
 * `s * (s + 1) // 2 + i + 1` is then a chain through rax instead of through five stores and
 * loads, each adding store-to-load forwarding's ~5 cycles.
 */
#define RAX_IN() ({                                             \
        int64_t rax_in_;                                        \
        __asm__("" : "=a"(rax_in_));                            \
        rax_in_;                                                \
    })
#define SET_INT_RESULT(value) ({                                \
        int64_t rax_out_ = (value);                             \
        __asm__("" : "+a"(rax_out_));                           \
        SLOT(0) = rax_out_;                                     \
    })

#define FSLOT(n) slot_as_double(SLOT(n))
#define SET_FSLOT(n, value) (SLOT(n) = double_as_slot(value))
/* A float result: into slot OPERAND0 and the accumulator. */
#define SET_RESULT(value) (acc = (value), SET_FSLOT(0, acc))

#endif
