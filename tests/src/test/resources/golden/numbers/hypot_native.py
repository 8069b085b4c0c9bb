# math.hypot(x, y) in compiled code: the bits of tier 1's vector_norm (CPython's algorithm, with an
# exact fma), zero, and the side exits of NaN, infinities and extreme magnitudes.
import math
from math import hypot


def total_distance(xs, ys):
    t = 0.0
    for i in range(1, len(xs)):
        t += math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1])
    return t


def one(x, y):
    r = 0.0
    for k in range(2):
        r = hypot(x, y)
    return r


def two(x, y):
    r = 0.0
    for k in range(2):
        r = hypot(x, -y)
    return r


def ints(n):
    t = 0.0
    for k in range(n):
        t += math.hypot(k, n - k) + hypot(3 * k, -4 * k)
    return t


state = 12345
xs = []
ys = []
for k in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    xs.append((state >> 11) / 2 ** 53 * 1000.0 - 500.0)
    ys.append(((state >> 7) % 100003) * 0.37 - 18000.0)
d = 0.0
for _ in range(20):
    d = total_distance(xs, ys)
print(repr(d), ints(4000))

bits = []
mismatch = 0
for k in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    a = (state >> 11) / 2 ** 53 * 10.0 ** ((state % 601) - 300)
    b = ((state >> 3) % 1000003) * 10.0 ** ((state >> 20) % 41 - 20)
    h = two(a, b)
    if h != math.sqrt(a * a + b * b) and abs(h - math.sqrt(a * a + b * b)) > h * 1e-15:
        mismatch += 1
    bits.append(h)
print(mismatch, repr(sum(bits)), [repr(v) for v in bits[::97]])
samples = [0.0, -0.0, 1.0, -3.5, 1e-300, 5e-324, 2.2250738585072014e-308, 1e300, 1.7e308, 8.98846567431158e307,
           math.inf, -math.inf, math.nan, 0.1, 3.0, 4.0, 1e-170, 1e170, 12345.678, -0.3]
grid = []
for a in samples:
    for b in samples:
        grid.append(repr(one(a, b)))
print(len(grid), grid[::3])
