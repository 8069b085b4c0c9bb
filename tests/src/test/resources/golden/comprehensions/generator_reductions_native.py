# sum(), any() and all() of generator expressions inside hot loops: tier 2
# lowers the expression's loops in place, with its variables kept apart from
# the function's, and must give exactly what resuming a generator gives.
import math


def squares_below(n):
    total = 0
    for i in range(n):
        total += sum(j * j for j in range(i % 12))
    return total


def shadowing(n):
    x = 7
    j = -1
    acc = 0
    for i in range(n):
        acc += sum(x for x in range(i % 5)) + sum(j for j in range(3) if j != 1)
    return acc, x, j


def weighted(xs, w):
    out = 0.0
    for i in range(2000):
        out += sum(x * w for x in xs if x > 0.25)
        w *= 0.999
    return round(out, 6), round(w, 9)


def pairs(rows, n):
    total = 0
    for i in range(n):
        total += sum(a * b for r in rows for a in r if a % 2 for b in range(a))
    return total


def flags(xs, n):
    hits = 0
    for i in range(n):
        limit = i % 7
        hits += any(x > limit for x in xs) + 2 * all(x >= limit for x in xs)
        hits += sum(x == limit for x in xs)
    return hits


def dot_rows(m, v):
    out = [0.0] * len(m)
    for r in range(40):
        for i in range(len(m)):
            out[i] = sum(m[i][j] * v[j] for j in range(len(v)))
    return out


def empty_float_sums(n):
    # An empty sum is the int 0, even of floats.
    total = 0.0
    for i in range(n):
        total += sum(math.sqrt(k) for k in range(i % 3 + (i > 2000)))
    return round(total, 9), [type(sum(math.sqrt(k) for k in range(m))).__name__ for m in range(3)]


def big_sum(n):
    total = 0
    for i in range(n):
        total = (total + sum(k * 3689348814741910 for k in range(i, i + 4))) % 1000000007
    return total


def divides(n, d):
    out = 0
    for i in range(n):
        out += sum(100 // (d - i - k) for k in range(i % 4))
    return out


def nan_any(xs):
    count = 0
    for i in range(1500):
        count += any(x for x in xs) + all(x for x in xs)
    return count


def cached_floats(n):
    # Floats an innermost loop keeps in registers, around a generator expression's own loop.
    f = 0.1
    g = 3.0
    big = 0
    xs = [1.5, 0.0, 3.0, -2.25]
    for k in range(n):
        f *= 10.0
        big = (big + (math.floor(f) | 0)) % 1000003
        g = -(sum(-1e-300 for x in xs) + 0.0) if k >= g else f
        if f > 1e30:
            f = 0.1
    return big, g, f


print(cached_floats(3000))
print(squares_below(3000))
print(shadowing(3000))
print(weighted([0.1, 0.5, 0.75, 2.0], 1.5))
print(pairs([[1, 2, 3], [5, 4]], 2000))
print(flags([3, 1, 4, 1, 5], 3000))
m = [[float(i * 3 + j) for j in range(30)] for i in range(30)]
print(sum(dot_rows(m, [j / 30 for j in range(30)])))
print(empty_float_sums(3000))
print(big_sum(3000))
print(nan_any([0.0, float("nan"), -0.0]), nan_any([0.0, -0.0]))
try:
    print(divides(3000, 2500))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
