# Functions that tier 2 compiles whole since commit 12e2bb7: procedures that return None, tuples of
# numbers returned and unpacked, lists a function makes empty and appends to, list comprehensions,
# reversed(), chained assignments to items, tuple displays in loops, math.hypot. Each kernel timed in one
# process, the median of 5 calls after a warm-up call. Run it with python3 and ./pyjit in its
# configurations (BENCHMARKS.md gives the commands and figures).
import math
import time


def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quicksort(a, lo, hi):
    if lo >= hi:
        return
    p = partition(a, lo, hi)
    quicksort(a, lo, p - 1)
    quicksort(a, p + 1, hi)


def sort_copy(xs):
    a = xs[:]
    quicksort(a, 0, len(a) - 1)
    return a[len(a) // 2]


def queens(n, row, cols, d1, d2):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if not cols[c] and not d1[row + c] and not d2[row - c + n - 1]:
            cols[c] = d1[row + c] = d2[row - c + n - 1] = True
            count += queens(n, row + 1, cols, d1, d2)
            cols[c] = d1[row + c] = d2[row - c + n - 1] = False
    return count


def solve_queens(n):
    return queens(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1))


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def inverses(m, n):
    t = 0
    for a in range(1, n):
        g, x, y = egcd(a, m)
        if g == 1:
            t += x % m
    return t


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


def count_factors(n):
    t = 0
    for k in range(2, n):
        t += len(factorize(k))
    return t


def odd_squares_total(n):
    t = 0
    for k in range(n):
        t += len([x * x for x in range(k % 200) if x % 2])
    return t


def horner_all(coeffs, n):
    t = 0
    for x in range(n):
        v = 0
        for c in reversed(coeffs):
            v = (v * x + c) % 1000003
        t += v
    return t


def step(x, y, cx, cy):
    return x * x - y * y + cx, 2.0 * x * y + cy


def escape_count(n, limit):
    inside = 0
    for i in range(n):
        for j in range(n):
            cx = -2.0 + 2.5 * i / n
            cy = -1.25 + 2.5 * j / n
            x = y = 0.0
            k = 0
            while k < limit and x * x + y * y <= 4.0:
                x, y = step(x, y, cx, cy)
                k += 1
            if k == limit:
                inside += 1
    return inside


def life(grid, h, w, generations):
    for _ in range(generations):
        new = [row[:] for row in grid]
        for i in range(h):
            for j in range(w):
                n = 0
                for di in (-1, 0, 1):
                    for dj in (-1, 0, 1):
                        if di or dj:
                            n += grid[(i + di) % h][(j + dj) % w]
                new[i][j] = 1 if n == 3 or (grid[i][j] and n == 2) else 0
        grid = new
    return sum(map(sum, grid))


def path_length(xs, ys):
    t = 0.0
    for i in range(1, len(xs)):
        t += math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1])
    return t


def bench(name, f, *args):
    f(*args)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        r = f(*args)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"{name:14} {times[2]:.4f} {r}")


data = [(k * 7919) % 100003 for k in range(100000)]
bench("quicksort", sort_copy, data)
bench("queens", solve_queens, 10)
bench("egcd", inverses, 1000003, 100000)
bench("factorize", count_factors, 60000)
bench("listcomp", odd_squares_total, 20000)
bench("reversed", horner_all, [(k * 37) % 11 - 5 for k in range(60)], 30000)
bench("escape_step", escape_count, 200, 100)
glider = [[1 if (i * 7 + j * 3) % 5 == 0 else 0 for j in range(128)] for i in range(128)]
bench("life", life, glider, 128, 128, 10)
px = [math.cos(k * 0.001) * k for k in range(300000)]
py = [math.sin(k * 0.002) * 50.0 for k in range(300000)]
bench("hypot", path_length, px, py)
