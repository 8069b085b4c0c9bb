/*
 * Tuples whose items are None, ints or such tuples (trees of pairs, `(left,
 * right)`, `(key, left, right)`), which functions make and take apart natively.
 * Such a value is one 64-bit word: None is 0, an int n is 2n + 1 (odd), and a
 * tuple is the (8-aligned) address of a record in the arena of temporaries (see
 * list.c) that holds its length, then its items. Like the arena's lists, a tuple dies with
 * the iteration of the loop region (or the call from tier 1) that made it: tier 1
 * gets a tuple a function returns as tuples of its own.
 */
#include "jit.h"

/* The record of a tree's word, or 0 when the word is None or an int. */
static inline const int64_t *tuple_record(int64_t word) {
    return (word & 1) ? 0 : (const int64_t *)word;
}

/*
 * slot[OPERAND0] = a new tuple of IMM1 items (not set yet), a record of IMM2
 * bytes (8 per item and 8 for the length). A full arena side-exits, as for a list.
 */
STENCIL(tuple_alloc) {
    intptr_t record = interrupt[7];
    if ((uint64_t)IMM32(2) > (uint64_t)(interrupt[8] - record)) {
        SIDE_EXIT();
    }
    interrupt[7] = record + IMM32(2);
    *(int64_t *)record = IMM32(1);
    SLOT(0) = record;
    CONTINUE();
}

/* The item at byte offset IMM1 of tuple slot[OPERAND0] = slot[OPERAND2]. */
STENCIL(tuple_set) {
    *(int64_t *)((char *)SLOT(0) + IMM32(1)) = SLOT(2);
    CONTINUE();
}

/* slot[OPERAND0] = the item at byte offset IMM2 of tuple slot[OPERAND1]. */
STENCIL(tuple_get) {
    SLOT(0) = *(const int64_t *)((const char *)SLOT(1) + IMM32(2));
    CONTINUE();
}

/*
 * Side-exits unless slot[OPERAND0] is a tuple of IMM1 items: unpacking None, an
 * int or a tuple of another length is tier 1's TypeError or ValueError.
 */
STENCIL(tuple_check) {
    const int64_t *record = tuple_record(SLOT(0));
    if (record == 0 || record[0] != IMM32(1)) {
        SIDE_EXIT();
    }
    CONTINUE();
}

/* slot[OPERAND0] = the int slot[OPERAND1] as a tree's word; one beyond 63 bits side-exits. */
STENCIL(tree_from_int) {
    int64_t twice = SLOT(1);
    INT_OP_OR_EXIT("add", twice, twice);
    SLOT(0) = twice | 1;
    CONTINUE();
    OVERFLOW_EXIT();
}

/* slot[OPERAND0] = the int a tree's word slot[OPERAND1] holds; None or a tuple side-exits. */
STENCIL(tree_to_int) {
    int64_t word = SLOT(1);
    if (!(word & 1)) {
        SIDE_EXIT();
    }
    SLOT(0) = word >> 1;
    CONTINUE();
}

/*
 * slot[OPERAND0] = item slot[OPERAND2] of tuple slot[OPERAND1], a negative index
 * counting from the end; None, an int or an index out of range side-exits to
 * tier 1's TypeError or IndexError.
 */
STENCIL(tuple_item) {
    const int64_t *record = tuple_record(SLOT(1));
    if (record == 0) {
        SIDE_EXIT();
    }
    int64_t n = record[0];
    uint64_t at = list_index(SLOT(2), n);
    if (at >= (uint64_t)n) {
        SIDE_EXIT();
    }
    SLOT(0) = record[1 + at];
    CONTINUE();
}

/* slot[OPERAND0] = len() of tuple slot[OPERAND1]; None or an int side-exits to tier 1's TypeError. */
STENCIL(tuple_len) {
    const int64_t *record = tuple_record(SLOT(1));
    if (record == 0) {
        SIDE_EXIT();
    }
    SLOT(0) = record[0];
    CONTINUE();
}
