# math.gcd(a, b) and math.isqrt(n) of ints in compiled code: exact in 64 bits, with tier 1's big
# ints and errors where native code leaves (a magnitude of 2**63, a negative square root).
import math
from math import gcd, isqrt


def coprime_pairs(n):
    c = 0
    for a in range(1, n):
        for b in range(a, n):
            if gcd(a, b) == 1:
                c += 1
    return c


def squares_below(n):
    t = 0
    for k in range(n):
        r = math.isqrt(k)
        if r * r == k:
            t += r
    return t


def mixed(xs):
    t = 0
    for i in range(len(xs) - 1):
        t += math.gcd(xs[i], -xs[i + 1]) + isqrt(abs(xs[i]))
    return t


def one(a, b):
    g = r = 0
    for _ in range(2):
        g = gcd(a, b)
        r = isqrt(b if b >= 0 else 7)
    return g, r


print(coprime_pairs(300), squares_below(100000))
state = 99991
xs = []
for k in range(4000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    xs.append((state >> 1) - 2 ** 62)
print(mixed(xs), mixed([0, 0, 5, 0, True, 12, 18]))
edge = [0, 1, -1, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 3037000499 ** 2, 3037000499 ** 2 - 1, 3037000500 ** 2 - 1, 10 ** 18, 48, -180]
print([one(a, b) for a in edge for b in edge])
try:
    print(squares_below(5) + isqrt(-4))
except ValueError as e:
    print("ValueError", e)
try:
    print(mixed([2.0, 4.0]))
except TypeError as e:
    print("TypeError", e)
print(gcd(2 ** 70, 2 ** 65), isqrt(10 ** 30))
