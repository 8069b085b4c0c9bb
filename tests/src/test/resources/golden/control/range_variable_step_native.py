# Nested for loops over range() with a step that is not a literal (range(i * i, n, i), as sieves
# write it) run natively while the step is above 0; a negative step leaves the loop to tier 1, and a
# zero step raises tier 1's ValueError.
def sieve(n):
    flags = [0] * n
    for i in range(2, n):
        if flags[i] == 0:
            for j in range(i * i, n, i):
                flags[j] = 1
    count = 0
    for i in range(2, n):
        count += flags[i] == 0
    return count


def strided(xs, step):
    total = 0
    for r in range(3):
        for k in range(r, len(xs), step):
            total += xs[k] * (r + 1)
    return total


def huge_steps(n):
    hits = 0
    for r in range(n):
        for k in range(r, 2 ** 62, 2 ** 61):
            hits += 1
    return hits


xs = list(range(1000))
print(sieve(300000), strided(xs, 7), strided(xs, 1), strided(xs, True), huge_steps(50))
print(strided(xs, -3))
try:
    strided(xs, 0)
except ValueError as e:
    print("ValueError:", e)
