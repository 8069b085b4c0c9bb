# Int arithmetic with a literal operand, which tier 2 compiles to an immediate: `x + 1`, `x - 3`,
# floor division and modulo by powers of two as a shift and a mask, and shifts right by a literal.
# Python's floor semantics for negative numbers, overflow into big ints at both ends, and a leaf
# function called in a loop.


def halves(lo, hi):
    total = 0
    for x in range(lo, hi):
        total += x // 2 + x % 8 - x // 4 + (x - 3) % 16 + x // 1
    return total


print(halves(-1000, 1000), halves(-7, 8))


def cell(i, j):
    s = i + j
    return s * (s + 1) // 2 + i + 1


def table(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            acc += cell(i, j) % 1024
    return acc


print(table(60), cell(-5, 2), cell(10 ** 9, 10 ** 9))


def edges(x, n):
    s = 0
    for _ in range(n):
        s += (x + 1) % 1000 - (x - 1) // 1024
        x = x + 1
    return s, x


print(edges(9223372036854775800, 12))
print(edges(-9223372036854775800, 12))


def bump(values):
    for k in range(len(values)):
        values[k] -= 9223372036854775807
        values[k] //= 4
    return values


print(bump([0, 1, -1, 5, 9223372036854775807]))


def shifted(lo, hi):
    total = 0
    for x in range(lo, hi):
        total += (x >> 0) + (x >> 1) - (x >> 5) + (x >> 63) + (x >> 62) * 3 + (x // 9223372036854775807)
    return total


print(shifted(-3000, 3000), shifted(9223372036854775000, 9223372036854775807))
print(shifted(-9223372036854775807 - 1, -9223372036854775000))
