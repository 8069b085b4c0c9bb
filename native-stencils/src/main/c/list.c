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
 *
 * New lists (slices, concatenations, `[x] * n`) are allocated from an arena of
 * temporaries: interrupt[7] (next free slot), interrupt[8] (its end),
 * interrupt[9] (its start). Native code never keeps one across an iteration of
 * the region's loop, so the loop head frees them all, and a side exit just
 * forgets them (tier 1 redoes the iteration and makes real lists). Stores into
 * temporaries need no undo. A full arena side-exits like a full log.
 */
#include "jit.h"

static inline _Bool is_temporary(volatile int64_t *interrupt, const int64_t *item) {
    return (uint64_t)((intptr_t)item - interrupt[9]) < (uint64_t)(interrupt[8] - interrupt[9]);
}

/* Appends an undo entry at `log` (the caller checked that the log is not full) and moves past it. */
static inline void log_undo(volatile int64_t *interrupt, int64_t *log, int64_t address, int64_t old) {
    log[0] = address;
    log[1] = old;
    interrupt[4] = (int64_t)(log + 2);
}

/*
 * The same for a function region's stores (its log is never emptied while it
 * runs), unless this epoch of the log (interrupt[11], counted up wherever the log
 * is emptied) has an entry for `address` already: undoing restores the oldest
 * one, so a second changes nothing. A direct-mapped filter of (address, epoch)
 * pairs (interrupt[12], FILTER_ENTRIES of them, indexed by `key`) knows some of
 * those; below interrupt[10] (the log's first part) a single pair
 * (interrupt[13..14]) stands in for it. A pair is only ever written for an
 * address logged in that epoch, so a hit is never wrong. The entry is written
 * either way and the log moves past it only for a miss, and the pair is chosen
 * by an opaque mask: no branch, so the stencils still end in their one CONTINUE.
 * An in-place sort stores into the same items again and again, and a call of
 * one on 100k items then fits in the log. Loop regions do without: their log
 * is emptied at every iteration, and the filter's work slowed nbody's pair loop.
 */
#define FILTER_ENTRIES (1 << 16)

static inline void log_undo_once(volatile int64_t *interrupt, int64_t *log, int64_t address, int64_t key, int64_t old) {
    intptr_t hashed = interrupt[12] + 16 * (key & (FILTER_ENTRIES - 1));
    intptr_t past = -(intptr_t)opaque_flag((intptr_t)log >= interrupt[10]);
    int64_t *pair = (int64_t *)((hashed & past) | ((intptr_t)&interrupt[13] & ~past));
    int64_t epoch = interrupt[11];
    _Bool seen = (pair[0] == address) & (pair[1] == epoch);
    log[0] = address;
    log[1] = old;
    pair[0] = address;
    pair[1] = epoch;
    interrupt[4] = (int64_t)(log + 2 * !seen);
}

/* The entry of a store: logged once per epoch (`filtered`, function regions) or every time. */
#define LOG_UNDO(filtered, log, address, key, old)                    \
    do {                                                              \
        if (filtered) {                                               \
            log_undo_once(interrupt, log, address, key, old);         \
        } else {                                                      \
            log_undo(interrupt, log, address, old);                   \
        }                                                             \
    } while (0)

/* Declares `i`, the index in slot[OPERAND3] of an item of the list of length slot[OPERAND2]; out of range side-exits. */
#define CHECKED_INDEX(i)                              \
    int64_t n_ = SLOT(2);                             \
    uint64_t i = list_index(SLOT(3), n_);             \
    if (i >= (uint64_t)n_) {                          \
        SIDE_EXIT();                                  \
    }

/*
 * slot[OPERAND0] = items[slot[OPERAND3]], items at slot[OPERAND1], length
 * slot[OPERAND2]; of a list of floats (`_float`), also into the accumulator.
 */
#define LIST_LOAD(name, set)                        \
    STENCIL(name) {                                 \
        CHECKED_INDEX(i)                            \
        set(((int64_t *)SLOT(1))[i]);               \
        CONTINUE();                                 \
    }

#define SET_ITEM(bits) (SLOT(0) = (bits))
/* Loaded as a double, straight into the accumulator, which is then stored last: a result only
 * the next micro-op reads from there loses that store (Stencil.withoutResultStore). */
#define SET_FLOAT_ITEM(bits) SET_RESULT(*(const double *)&(bits))

LIST_LOAD(list_load, SET_ITEM)
LIST_LOAD(list_load_float, SET_FLOAT_ITEM)

/*
 * items[slot[OPERAND3]] = slot[OPERAND0] (`_acc`: the accumulator), logging the
 * old value first. `_unlogged`: for a loop whose iterations read no list item,
 * so that redoing one stores the same values again and needs nothing undone.
 */
#define LIST_STORE(name, value, logged, filtered)                                    \
    STENCIL(name) {                                                                 \
        CHECKED_INDEX(i)                                                            \
        int64_t *item = (int64_t *)SLOT(1) + i;                                     \
        if ((logged) && !is_temporary(interrupt, item)) {                           \
            int64_t *log = (int64_t *)interrupt[4];                                 \
            if (log == (int64_t *)interrupt[5]) {                                   \
                SIDE_EXIT();                                                        \
            }                                                                       \
            LOG_UNDO(filtered, log, (int64_t)item, (int64_t)item >> 3, *item);      \
        }                                                                           \
        *item = value;                                                              \
        CONTINUE();                                                                 \
    }

LIST_STORE(list_store, SLOT(0), 1, 0)
LIST_STORE(list_store_acc, double_as_slot(acc), 1, 0)
LIST_STORE(list_store_unlogged, SLOT(0), 0, 0)
LIST_STORE(list_store_unlogged_acc, double_as_slot(acc), 0, 0)
/* `_once`: a function region's, logged once per item (log_undo_once). */
LIST_STORE(list_store_once, SLOT(0), 1, 1)
LIST_STORE(list_store_once_acc, double_as_slot(acc), 1, 1)

/*
 * The same with a constant index k >= 0 (most often a field of a record kept
 * as a list, `body[3]`), where OPERAND3 is k itself: its hole is the byte
 * offset 8 * k, which the load or store takes as its displacement, and the
 * bounds check compares it with 8 * n.
 */
#define ITEM_OFFSET ((intptr_t)_JIT_SLOT3)
#define ITEM_AT(items) (*(int64_t *)((char *)(items) + ITEM_OFFSET))
/* k is not an index of the list of length slot[OPERAND2]. */
#define OFFSET_OUT_OF_RANGE() ((uint64_t)SLOT(2) * 8 <= (uint64_t)ITEM_OFFSET)

/* `checked` 0: the `_unchecked` variants, after list_check_at (below). */
#define LIST_LOAD_AT(name, set, checked)                      \
    STENCIL(name) {                                           \
        if ((checked) && OFFSET_OUT_OF_RANGE()) {             \
            SIDE_EXIT();                                      \
        }                                                     \
        set(ITEM_AT(SLOT(1)));                                \
        CONTINUE();                                           \
    }

LIST_LOAD_AT(list_load_at, SET_ITEM, 1)
LIST_LOAD_AT(list_load_at_float, SET_FLOAT_ITEM, 1)
LIST_LOAD_AT(list_load_at_unchecked, SET_ITEM, 0)
LIST_LOAD_AT(list_load_at_float_unchecked, SET_FLOAT_ITEM, 0)

/*
 * The bounds check of every constant-index access to a list that follows, done
 * once: k (OPERAND3) is the largest constant index the code uses on it. A list
 * never gets shorter while a region runs (regions only append), so after it the
 * `_unchecked` accesses need none.
 */
STENCIL(list_check_at) {
    if (OFFSET_OUT_OF_RANGE()) {
        SIDE_EXIT();
    }
    CONTINUE();
}

/*
 * A store into a list that is never a temporary (a loop region's lists all come
 * from tier 1), so the undo entry is written without asking; `logged` 0: the
 * `_unlogged` variants (see LIST_STORE).
 */
#define LIST_STORE_AT(name, value, checked, logged)                                                \
    STENCIL(name) {                                                                                \
        int64_t *log = (logged) ? (int64_t *)interrupt[4] : 0;                                     \
        if (((checked) && OFFSET_OUT_OF_RANGE()) | ((logged) && log == (int64_t *)interrupt[5])) { \
            SIDE_EXIT();                                                                           \
        }                                                                                          \
        int64_t *item = &ITEM_AT(SLOT(1));                                                         \
        if (logged) {                                                                              \
            log_undo(interrupt, log, (int64_t)item, *item);                                        \
        }                                                                                          \
        *item = value;                                                                             \
        CONTINUE();                                                                                \
    }

LIST_STORE_AT(list_store_at, SLOT(0), 1, 1)
LIST_STORE_AT(list_store_at_acc, double_as_slot(acc), 1, 1)
LIST_STORE_AT(list_store_at_unlogged, SLOT(0), 1, 0)
LIST_STORE_AT(list_store_at_unlogged_acc, double_as_slot(acc), 1, 0)
/* After list_check_at: only a full log side-exits, and nothing in the `_unlogged` ones. */
LIST_STORE_AT(list_store_at_unchecked, SLOT(0), 0, 1)
LIST_STORE_AT(list_store_at_unchecked_acc, double_as_slot(acc), 0, 1)
LIST_STORE_AT(list_store_at_unchecked_unlogged, SLOT(0), 0, 0)
LIST_STORE_AT(list_store_at_unchecked_unlogged_acc, double_as_slot(acc), 0, 0)

/*
 * items[n] = slot[OPERAND0] (`_acc`: the accumulator) and n += 1, for a list a loop
 * appends to: n is slot[OPERAND2], and entering the region made room for
 * slot[OPERAND3] items. No undo entry: a side exit gives back the length at the
 * iteration's start. A full storage side-exits (tier 1 appends).
 */
#define LIST_APPEND(name, value)                              \
    STENCIL(name) {                                           \
        int64_t n = SLOT(2);                                  \
        if (n >= SLOT(3)) {                                   \
            SIDE_EXIT();                                      \
        }                                                     \
        ((int64_t *)SLOT(1))[n] = value;                      \
        SLOT(2) = n + 1;                                      \
        CONTINUE();                                           \
    }

LIST_APPEND(list_append, SLOT(0))
LIST_APPEND(list_append_acc, double_as_slot(acc))

/*
 * items[n] = slot[OPERAND0] and n += 1 for a list a function made empty: items at
 * slot[OPERAND1], n in slot[OPERAND2], its room in slot[OPERAND3]. A full room moves
 * the items to twice as much in the arena of temporaries (updating the items and
 * the room); a full arena side-exits, and tier 1 runs the call. Whether the room is
 * full is an opaque mask that selects, and the copy loop copies nothing when there
 * is room, so that gcc cannot split the stencil into two paths: it ends in its one
 * CONTINUE.
 */
STENCIL(list_append_grow) {
    int64_t n = SLOT(2);
    int64_t room = SLOT(3);
    intptr_t items = SLOT(1);
    intptr_t next = interrupt[7];
    int64_t full = -(int64_t)opaque_flag(n >= room);
    int64_t larger = (2 * room + 8) & full;
    if ((uint64_t)larger > (uint64_t)(interrupt[8] - next) / 8) {
        SIDE_EXIT();
    }
    int64_t *moved = (int64_t *)((next & full) | (items & ~full));
    int64_t count = n & full;
    for (int64_t k = 0; k < count; k++) {
        moved[k] = ((const int64_t *)items)[k];
    }
    interrupt[7] = next + 8 * larger;
    moved[n] = SLOT(0);
    SLOT(1) = (int64_t)moved;
    SLOT(3) = larger | (room & ~full);
    SLOT(2) = n + 1;
    CONTINUE();
}

/*
 * The same for lists of bools, pinned one byte per item. They are never
 * temporaries (regions do not make lists of bools), and the log marks the
 * entry of a one-byte item by the address's top bit.
 */
STENCIL(list_load_byte) {
    CHECKED_INDEX(i)
    SLOT(0) = ((uint8_t *)SLOT(1))[i];
    CONTINUE();
}

/*
 * The same for the characters of a str, pinned as 32-bit code points (Python's positions): what
 * `s[i] == t[j]` and `ord(s[i])` compare and compute. Strs are immutable, so there is no store.
 */
STENCIL(list_load_u32) {
    CHECKED_INDEX(i)
    SLOT(0) = ((uint32_t *)SLOT(1))[i];
    CONTINUE();
}

#define LIST_STORE_BYTE(name, logged, filtered)                                  \
    STENCIL(name) {                                                              \
        int64_t n = SLOT(2);                                                     \
        uint64_t i = list_index(SLOT(3), n);                                     \
        int64_t *log = (logged) ? (int64_t *)interrupt[4] : 0;                   \
        if ((i >= (uint64_t)n) | ((logged) && log == (int64_t *)interrupt[5])) { \
            SIDE_EXIT();                                                         \
        }                                                                        \
        uint8_t *item = (uint8_t *)SLOT(1) + i;                                  \
        if (logged) {                                                            \
            LOG_UNDO(filtered, log, (int64_t)item | INT64_MIN, (int64_t)item, *item); \
        }                                                                        \
        *item = (uint8_t)SLOT(0);                                                \
        CONTINUE();                                                              \
    }

LIST_STORE_BYTE(list_store_byte, 1, 0)
LIST_STORE_BYTE(list_store_byte_unlogged, 0, 0)
LIST_STORE_BYTE(list_store_byte_once, 1, 1)

/*
 * At the head of the region's loop: the stores of earlier iterations are final
 * and their temporaries dead.
 */
STENCIL(undo_log_reset) {
    interrupt[4] = interrupt[6];
    interrupt[11] += 1;
    interrupt[7] = interrupt[9];
    CONTINUE();
}

/* Branch-free, so that the stencils end in their CONTINUE. */

/* A slice bound of step 1 as Python clamps it into 0..n (a missing start is 0, a missing stop INT64_MAX). */
static inline int64_t bound_forward(int64_t i, int64_t n) {
    i += i < 0 ? n : 0;
    i = i < 0 ? 0 : i;
    return i > n ? n : i;
}

/* A slice bound of step -1 clamped into -1..n-1 (a missing start is INT64_MAX, a missing stop INT64_MIN). */
static inline int64_t bound_backward(int64_t i, int64_t n) {
    i += i < 0 ? n : 0;
    i = i < 0 ? -1 : i;
    return i >= n ? n - 1 : i;
}

/*
 * items[start:stop] of a list of length slot[OPERAND1], bounds slot[OPERAND2]
 * and slot[OPERAND3]: slot[OPERAND0] = first index, slot[OPERAND0 + 1] = count.
 */
STENCIL(slice_forward) {
    int64_t n = SLOT(1);
    int64_t start = bound_forward(SLOT(2), n);
    int64_t stop = bound_forward(SLOT(3), n);
    SLOT(0) = start;
    (&SLOT(0))[1] = stop > start ? stop - start : 0;
    CONTINUE();
}

/* items[start:stop:-1]: the same with the first index the highest. */
STENCIL(slice_backward) {
    int64_t n = SLOT(1);
    int64_t start = bound_backward(SLOT(2), n);
    int64_t stop = bound_backward(SLOT(3), n);
    SLOT(0) = start;
    (&SLOT(0))[1] = start > stop ? start - stop : 0;
    CONTINUE();
}

/* The same with a bound missing, the commonest slices: items[:stop] (stop at slot[OPERAND2]), ... */
STENCIL(slice_to) {
    SLOT(0) = 0;
    (&SLOT(0))[1] = bound_forward(SLOT(2), SLOT(1));
    CONTINUE();
}

/* ... items[start:] (start at slot[OPERAND2]) ... */
STENCIL(slice_from) {
    int64_t n = SLOT(1);
    int64_t start = bound_forward(SLOT(2), n);
    SLOT(0) = start;
    (&SLOT(0))[1] = n - start;
    CONTINUE();
}

/* ... and items[start::-1] (start at slot[OPERAND2]). */
STENCIL(slice_backward_from) {
    int64_t n = SLOT(1);
    int64_t i = SLOT(2);
    /* With shifts (gcc's arithmetic ones) rather than conditions, which gcc turned into branches. */
    i += n & (i >> 63);
    i |= i >> 63;
    /* Unsigned, so that a start of INT64_MAX counts without overflow. */
    uint64_t count = (uint64_t)i + 1;
    count = count > (uint64_t)n ? (uint64_t)n : count;
    SLOT(0) = (int64_t)count - 1;
    (&SLOT(0))[1] = (int64_t)count;
    CONTINUE();
}

/*
 * A new list of slot[OPERAND2] items (none if negative): its items at
 * slot[OPERAND0], its length in slot[OPERAND1]. The items are not set.
 */
STENCIL(list_alloc) {
    int64_t n = SLOT(2);
    n = n < 0 ? 0 : n;
    int64_t *items = (int64_t *)interrupt[7];
    if ((uint64_t)n > (uint64_t)(interrupt[8] - (intptr_t)items) / 8) {
        SIDE_EXIT();
    }
    interrupt[7] = (int64_t)(items + n);
    SLOT(0) = (int64_t)items;
    SLOT(1) = n;
    CONTINUE();
}

/* items[0:count] = source[start:start + count], items a new list (no overlap, no undo). */
STENCIL(list_copy_forward) {
    int64_t *items = (int64_t *)SLOT(0);
    const int64_t *source = (const int64_t *)SLOT(1) + SLOT(2);
    int64_t count = SLOT(3);
    for (int64_t k = 0; k < count; k++) {
        items[k] = source[k];
    }
    CONTINUE();
}

/* items[0:count] = source[start], source[start - 1], ... (a slice of step -1) */
STENCIL(list_copy_backward) {
    int64_t *items = (int64_t *)SLOT(0);
    const int64_t *source = (const int64_t *)SLOT(1) + SLOT(2);
    int64_t count = SLOT(3);
    for (int64_t k = 0; k < count; k++) {
        items[k] = source[-k];
    }
    CONTINUE();
}

/* Every one of the slot[OPERAND1] items at slot[OPERAND0] = slot[OPERAND2] ([x] * n). */
STENCIL(list_fill) {
    int64_t *items = (int64_t *)SLOT(0);
    int64_t count = SLOT(1);
    int64_t value = SLOT(2);
    for (int64_t k = 0; k < count; k++) {
        items[k] = value;
    }
    CONTINUE();
}

/*
 * slot[OPERAND0] = whether the list of ints at slot[OPERAND1] (length
 * slot[OPERAND2]) holds slot[OPERAND3], `x in xs` (a bool's 0 and 1 equal the
 * ints); the scan ends at the first equal item.
 */
STENCIL(list_contains) {
    const int64_t *items = (const int64_t *)SLOT(1);
    int64_t n = SLOT(2), v = SLOT(3), k = 0;
    while (k < n && items[k] != v) {
        k++;
    }
    SLOT(0) = k < n;
    CONTINUE();
}

/*
 * The same for a list of floats, by value (-0.0 equals 0.0). A NaN is in a list
 * only as the very object, which native code cannot tell: it side-exits.
 */
STENCIL(list_contains_float) {
    const int64_t *items = (const int64_t *)SLOT(1);
    int64_t n = SLOT(2), k = 0;
    double v = FSLOT(3);
    if (opaque_flag(v != v)) {
        SIDE_EXIT();
    }
    while (k < n && slot_as_double(items[k]) != v) {
        k++;
    }
    SLOT(0) = k < n;
    CONTINUE();
}

/*
 * A row of a list of lists, which entering the region tabulated (the address
 * and the length of each row's items, see LoopRegion.rowTable): slot[OPERAND0]
 * = the index slot[OPERAND3] among slot[OPERAND2] rows, counted from the end
 * when negative, which a local bound to the row keeps for tier 1; out of range
 * side-exits.
 */
STENCIL(row_index) {
    CHECKED_INDEX(i)
    SLOT(0) = (int64_t)i;
    CONTINUE();
}

/* slot[OPERAND0] = the address of the entry of row slot[OPERAND2] in the table at slot[OPERAND1] */
STENCIL(row_entry) {
    SLOT(0) = (int64_t)((int64_t *)SLOT(1) + 2 * SLOT(2));
    CONTINUE();
}

/* slot[OPERAND0] = the address of item slot[OPERAND2] of the items at slot[OPERAND1] */
STENCIL(list_item_address) {
    SLOT(0) = (int64_t)((int64_t *)SLOT(1) + SLOT(2));
    CONTINUE();
}

/*
 * Slice assignment of a list of the same length, in two micro-ops. First the
 * old values of items[start:start + count] go to the undo log (unless the list
 * is a temporary).
 */
STENCIL(list_log_slice) {
    int64_t *items = (int64_t *)SLOT(0) + SLOT(1);
    int64_t count = SLOT(2);
    int64_t *log = (int64_t *)interrupt[4];
    if (is_temporary(interrupt, items)) {
        CONTINUE();
    }
    if ((uint64_t)count > (uint64_t)(interrupt[5] - (intptr_t)log) / 16) {
        SIDE_EXIT();
    }
    for (int64_t k = 0; k < count; k++) {
        log[2 * k] = (int64_t)(items + k);
        log[2 * k + 1] = items[k];
    }
    interrupt[4] = (int64_t)(log + 2 * count);
    CONTINUE();
}

/*
 * items[0:count] = source[0:count], the two maybe overlapping: copied in the
 * direction that never reads an item it already overwrote (without a branch, so
 * that the stencils end in their CONTINUE).
 */
static inline void move_items(int64_t *items, const int64_t *source, int64_t count) {
    int64_t backward = items > source;
    int64_t step = 1 - 2 * backward;
    for (int64_t k = backward * (count - 1), left = count; left > 0; k += step, left--) {
        items[k] = source[k];
    }
}

/* Then items[start:start + count] = source[0:count]; the source may be the same list. */
STENCIL(list_store_slice) {
    move_items((int64_t *)SLOT(0) + SLOT(1), (const int64_t *)SLOT(2), SLOT(3));
    CONTINUE();
}

/*
 * items[start:start + count] = items[from:from - count:-1] of one list (`a[:k + 1] =
 * a[k::-1]`) without a temporary: the source items move into place
 * (move_items: safe whatever the overlap), then the target is reversed in
 * place. Target start and count at slot[OPERAND1] and the next slot,
 * `from` (the source's highest index) at slot[OPERAND2]; logged before, like
 * list_store_slice.
 */
STENCIL(list_store_slice_reversed) {
    int64_t *items = (int64_t *)SLOT(0) + SLOT(1);
    int64_t count = (&SLOT(1))[1];
    const int64_t *source = (const int64_t *)SLOT(0) + SLOT(2) - count + 1;
    /* Reversing a slice onto itself (the common case) moves nothing first. */
    move_items(items, source, items == source ? 0 : count);
    for (int64_t low = 0, high = count - 1; low < high; low++, high--) {
        int64_t t = items[low];
        items[low] = items[high];
        items[high] = t;
    }
    CONTINUE();
}
