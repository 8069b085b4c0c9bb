# math.floor and math.ceil in loops tier 2 compiles: ints for floats, ints and bools; NaN,
# infinities and floats beyond 64 bits leave native code for tier 1's errors and big ints.
import math
from math import floor


def cells(xs, size):
    counts = [0] * 12
    for x in xs:
        counts[math.floor(x / size) + 6] += 1
    return counts


def steps(n):
    t = 0
    for i in range(n):
        x = (i - n / 2) * 0.37
        t += math.floor(x) * 3 + math.ceil(x) + floor(-x) + math.ceil(i) + math.floor(i % 3 == 0)
    return t


def edges(n):
    t = 0
    for i in range(n):
        x = i * 0.5 - 100.0
        t += math.ceil(x) - math.floor(x)
    return t, math.floor(-0.0), math.ceil(-0.5), math.floor(-0.5)


def specials(xs):
    t = 0
    for x in xs:
        t += math.floor(x)
    return t


xs = [((i * 7919) % 1000) / 1000.0 * 12.0 - 6.0 for i in range(5000)]
print(cells(xs, 1.0), steps(5000), edges(3000))
for bad in (float("nan"), float("inf"), -float("inf")):
    try:
        print(specials(xs[:3000] + [bad]))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(specials(xs[:3000] + [2.0 ** 63, -2.0 ** 63 - 4096.0, 1e300]))
math.floor = lambda v: 0
print(steps(100))
