# Tier 2 pins lists of bools one byte per item. Stores into them are undone byte by byte when an
# iteration side-exits after storing (an int overflow, an index out of range): tier 1 then redoes
# that iteration, and no neighbouring item may change. Afterwards the lists behave as any list.


def flip(flags, rounds, limit):
    acc = 1
    for i in range(rounds):
        k = i % len(flags)
        flags[k] = not flags[k]
        flags[-1 - k] = flags[k] and i % 3 == 0
        if i > limit:
            acc = acc * 1000003
    return acc


flags = [False] * 9
print(flip(flags, 3000, 2990) % 1000, flags)


def toggle_rows(grid, steps):
    for step in range(steps):
        for row in grid:
            row[step % 5] = not row[(step + 1) % 5]


grid = [[True] * 5 for _ in range(4)]
toggle_rows(grid, 1500)
print(grid)


def spread(flags, n):
    for i in range(n):
        flags[i % 7] = not flags[i % 7]
        flags[i * 2] = flags[i % 5]


marks = [False] * 3000
try:
    spread(marks, 2000)
except IndexError as e:
    print("IndexError", e, marks[:8], marks.count(True), marks[2998:])


def mark(flags, stride, stop):
    j = 0
    while j < stop:
        flags[j] = False
        j += stride
    return j


sieve = [True] * 50
try:
    for n in range(400):
        mark(sieve, 7, 49)
    mark(sieve, 3, 60)
except IndexError as e:
    print("IndexError", e)
print(sieve.count(True), sieve[:12], sieve[-3:], len(sieve), True in sieve, sieve.index(False))
sieve.append(1)
sieve[0] = True
print(sum(sieve), sieve[-2:], sieve[0:3])
