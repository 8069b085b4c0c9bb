# math.atan2 in compiled loops: libm's atan2, as tier 1 calls it, with Python's special cases
# (signed zeros, infinities, NaN) and int arguments converted as float() converts them.
import math
from math import atan2


def angles(xs, ys):
    t = 0.0
    for i in range(len(xs)):
        t += math.atan2(ys[i], xs[i])
    return t


def quadrants(n):
    counts = [0, 0, 0, 0]
    for k in range(n):
        a = atan2(k % 7 - 3, k % 5 - 2)
        q = int((a + math.pi) / (math.pi / 2)) % 4
        counts[q] += 1
    return counts


def ints(n):
    t = 0.0
    for k in range(1, n):
        t += math.atan2(k, n - k) + atan2(-k, 2 ** 60 + k)
    return t


xs = [math.cos(k * 0.01) * (k % 13 - 6) for k in range(2000)]
ys = [math.sin(k * 0.02) * (k % 11 - 5) for k in range(2000)]
r = 0.0
for _ in range(20):
    r = angles(xs, ys)
print(r, quadrants(10000), ints(5000))
special = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 1e-320, 1e308]
out = []
for y in special:
    for x in special:
        out.append(math.atan2(y, x))
print([repr(v) for v in out[:20]])
print(sum(v for v in out if v == v), len([v for v in out if v != v]))
try:
    print(angles([1.0, 2.0], [1.0, "a"]))
except TypeError as e:
    print("TypeError", e)


def thrice(y, x):
    t = 0.0
    for k in range(3):
        t += math.atan2(y, x) * (k + 1)
    return t


print([repr(thrice(y, x)) for y in special for x in special][::4])
