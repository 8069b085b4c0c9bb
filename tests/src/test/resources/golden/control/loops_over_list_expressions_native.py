# Nested for loops over lists that expressions make: reversed slices, slices,
# displays, concatenations and rows of a list of lists; the loop goes over the
# list made once, as CPython's iterator of it does.


def reversed_sums(xs, n):
    total = 0
    for r in range(n):
        for x in xs[::-1]:
            total = (total * 31 + x * r) % 1000003
            xs[0] += 1
    return total, xs[0]


def windows(xs, n):
    best = 0
    for r in range(n):
        s = 0
        for x in xs[r % 5:r % 5 + 3]:
            s += x
        best = max(best, s * r % 97)
    return best


def displays(n):
    total = 0.0
    for i in range(n):
        for w in [0.5, 1.5, i * 0.25]:
            total += w
        for k in [i, -i, 3]:
            if k == 3:
                break
            total += k
        else:
            total -= 1000.0
    return total


def joined(xs, ys, n):
    total = 0
    for r in range(n):
        for v in xs + ys:
            total += v * (r % 3)
    return total


def rows(grid, n):
    total = 0
    for r in range(n):
        for v in grid[r % len(grid)]:
            total += v
    return total


def overflow(xs, n):
    total = 0
    for r in range(n):
        for x in xs[1:]:
            total = (total + x * r * 1000000007) % 1000003
    return total


print(reversed_sums([1, 2, 3, 4], 3000))
print(windows([5, 1, 9, 2, 8, 3, 7, 4], 3000))
print(displays(3000))
print(joined([1, 2], [3], 3000))
print(rows([[1, 2, 3], [4], [5, 6]], 3000))
print(overflow([0, 3074457345618258602, 5], 3000))
