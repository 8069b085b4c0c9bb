/* Slot moves and constants. */
#include "jit.h"

/* slot[OPERAND0] = OPERAND1 (any 64-bit pattern: an int, a bool or a float's bits). */
STENCIL(load_const) {
    SLOT(0) = OPERAND(1);
    CONTINUE();
}

/* The same for a value that fits 32 bits (IMM32): one store of an immediate. */
STENCIL(load_const32) {
    SLOT(0) = IMM32(1);
    CONTINUE();
}

/* slot[OPERAND0] = 1: the flag that a local not bound at entry is bound now (one store, no movabs). */
STENCIL(set_bound) {
    SLOT(0) = 1;
    CONTINUE();
}

/* slot[OPERAND0] = slot[OPERAND1] */
STENCIL(move) {
    SLOT(0) = SLOT(1);
    CONTINUE();
}

/*
 * slot[OPERAND0] = slot[OPERAND1], and byte K of slot[OPERAND2] = 1: a loop region copies a local
 * into its snapshot before the iteration first writes it on a path that writes it only sometimes,
 * and marks in the copy mask (cleared at the loop's head) which snapshots a side exit restores.
 * Eight variants, so that the byte is a displacement and the mark one store of an immediate.
 */
#define COPY_LOCAL(k)                                   \
    STENCIL(copy_local_##k) {                           \
        SLOT(0) = SLOT(1);                              \
        ((char *)&SLOT(2))[k] = 1;                      \
        CONTINUE();                                     \
    }

COPY_LOCAL(0)
COPY_LOCAL(1)
COPY_LOCAL(2)
COPY_LOCAL(3)
COPY_LOCAL(4)
COPY_LOCAL(5)
COPY_LOCAL(6)
COPY_LOCAL(7)
