/* Slot moves and constants. */
#include "jit.h"

/* slot[OPERAND0] = OPERAND1 (any 64-bit pattern: an int, a bool or a float's bits). */
STENCIL(load_const) {
    SLOT(0) = OPERAND(1);
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
