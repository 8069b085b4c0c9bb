# Conditions of while, if and conditional expressions in hot loops, which tier 2 compiles to
# compare-and-branch micro-ops: and/or/not nested, comparisons of floats with NaN (every ordered
# comparison with NaN is false, so its negation is true), of ints with floats, and chains.

nan = float("nan")
inf = float("inf")
values = [0.5, -1.0, nan, 2.0, inf, -inf, 0.0, -0.0, 3.5, nan]


def classify(xs, lo, hi):
    counts = [0] * 8
    for k in range(len(xs)):
        x = xs[k]
        if x < lo:
            counts[0] += 1
        if not x <= hi:
            counts[1] += 1
        if x > lo and x < hi:
            counts[2] += 1
        if x >= hi or x <= lo:
            counts[3] += 1
        if not (x > lo or x == x):
            counts[4] += 1
        if x == 0.0 or not x != x and x >= 2.0:
            counts[5] += 1
        counts[6] += 1 if x >= lo else 0
        counts[7] += 1 if not x < hi else 0
    return counts


for _ in range(3):
    print(classify(values, 0.0, 2.0), classify(values, -inf, nan), classify(values, nan, inf))


def mixed(n, limit):
    hits = 0
    i = 0
    x = 0.25
    while i < n and x <= limit:
        if i > x or i == 3:
            hits += 1
        if not (x < i and i < 7) or i >= 2.5:
            hits += 10
        x = x * 1.5
        i += 1
    return hits, i


for _ in range(3):
    print(mixed(40, 1000.0), mixed(40, nan), mixed(5, inf), mixed(40, -1.0))


def escape(limit):
    inside = 0
    for y in range(30):
        ci = 2.0 * y / 30 - 1.0
        for x in range(30):
            cr = 2.0 * x / 30 - 1.5
            zr = zi = tr = ti = 0.0
            i = 0
            while i < limit and tr + ti <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            inside += 1 if tr + ti <= 4.0 else 0
    return inside


print(escape(50), escape(0))


def chains(n):
    t = 0
    for k in range(n):
        f = k * 0.5
        if 2 < k < 9 and not 3.0 <= f < 4.0:
            t += k
        while 0 < k <= 3 and f < 1.0:
            f += 0.75
            t += 100
    return t


print(chains(20))


def literals(n):
    t = 0
    for k in range(-n, n):
        flag = k % 3 == 0
        if k < 2 or k >= 9223372036854775807:
            t += 1
        if flag == 1 and not k != 0:
            t += 1000
        while k > 5 and k <= 7:
            k -= 1
            t += 10
        t += 100 if k == -4 else 0
    return t


print(literals(50), literals(3))
