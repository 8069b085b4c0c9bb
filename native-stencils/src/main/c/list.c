/*
 * Elements of lists of ints, floats or bools. While a region runs, such a
 * list's items live off-heap as slots (PyList's pinned storage), so native code
 * reaches them with the item array's address and the length, both kept in slots.
 *
 * Stores are undone when the region side-exits (tier 1 then redoes the whole
 * iteration, which must find the lists as they were at its start): each store
 * first appends the element's address and old value to an undo log that
 * interrupt[4] (next free entry) and interrupt[5] (its end) delimit; the
 * region empties it at the head of each of its iterations (interrupt[6] is
 * its start). A full log side-exits like an index out of range.
 */
#include "jit.h"

/* Python's index: a negative one counts from the end. Out of range is >= n as unsigned. */
static inline uint64_t list_index(int64_t i, int64_t n) {
    return (uint64_t)(i < 0 ? i + n : i);
}

/* slot[OPERAND0] = items[slot[OPERAND3]], items at slot[OPERAND1], length slot[OPERAND2] */
STENCIL(list_load) {
    int64_t n = SLOT(2);
    uint64_t i = list_index(SLOT(3), n);
    if (i >= (uint64_t)n) {
        SIDE_EXIT();
    }
    SLOT(0) = ((int64_t *)SLOT(1))[i];
    CONTINUE();
}

/* items[slot[OPERAND3]] = slot[OPERAND0], logging the old value first */
STENCIL(list_store) {
    int64_t n = SLOT(2);
    uint64_t i = list_index(SLOT(3), n);
    int64_t *log = (int64_t *)interrupt[4];
    if ((i >= (uint64_t)n) | (log == (int64_t *)interrupt[5])) {
        SIDE_EXIT();
    }
    int64_t *item = (int64_t *)SLOT(1) + i;
    log[0] = (int64_t)item;
    log[1] = *item;
    interrupt[4] = (int64_t)(log + 2);
    *item = SLOT(0);
    CONTINUE();
}

/* At the head of the region's loop: the stores of earlier iterations are final. */
STENCIL(undo_log_reset) {
    interrupt[4] = interrupt[6];
    CONTINUE();
}
