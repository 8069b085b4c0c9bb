# Intermediate floats in a native loop: read from the accumulator (and not stored), from
# their slots, in chained comparisons, as call arguments and returns, in list stores.
import math

def helper(a, b):
    return a * 2.0 - b

def pair(a, b):
    return a + b * 0.5, a * b - 1.0

def shapes(n, xs):
    acc = 0.0
    out = []
    lo = 0
    for i in range(n):
        x = i * 0.25
        y = (x * 1.5 + 2.0) * (x - 0.5)
        if 0.0 < x * y < 3.0 < y * 2.0 + x:
            lo += 1
        acc += helper(x * 3.0, y - x) + math.sqrt(x * x + 1.0)
        a, b = pair(x * 0.5 + 1.0, -y * 2.0)
        acc -= a * b
        xs[i % len(xs)] = x * y + 0.125
        xs[(i + 1) % len(xs)] += -(x - y) * 0.5
        out.append(x / (y * y + 1.0))
        t0 = x + 1.0
        t1 = y * 3.0
        acc += t0 * t1 - abs(y * -1.0)
        z = x * 2.0
        z = z * z + z
        acc += z if z > y * 0.5 else -z
        acc += float(i * 3) * 0.5 - float(i) / (x + 1.0)
    return acc, lo, sum(out), xs

for k in range(4):
    print(shapes(30, [0.0, 1.0, 2.0]))
    print(shapes(7, [5.0]))
