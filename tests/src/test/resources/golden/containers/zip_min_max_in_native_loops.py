# zip over lists and min/max of numbers in loops that tier 2 compiles.
import math


def dot(xs, ys):
    s = 0.0
    for x, y in zip(xs, ys):
        s += x * y
    return s


def pairs_until(xs, ys, limit):
    n = 0
    for a, b in zip(xs, ys):
        if a + b > limit:
            break
        n += 1
    else:
        n = -n
    return n


def triple(xs, ys, zs):
    t = 0
    for a, b, c in zip(xs, ys, zs):
        t += a * 100 + b * 10 + c
    return t


def grow_while_zipping(xs, ys):
    # zip re-reads the lengths: items appended during the loop are visited.
    steps = 0
    for a, b in zip(xs, ys):
        if len(xs) < 60:
            xs.append(a + 1)
            ys.append(b + 2)
        steps += 1
    return steps, len(xs), xs[-1], ys[-1]


def extremes(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
    return lo, hi


def clamp_sum(xs, lo, hi):
    t = 0
    for x in xs:
        t += max(lo, min(x, hi))
    return t


def three_way(xs):
    t = 0.0
    for i in range(1, len(xs) - 1):
        t += max(xs[i - 1], xs[i], xs[i + 1]) - min(xs[i - 1], xs[i], xs[i + 1])
    return t


def first_of_equals(n):
    # Of equal values the first wins: max(0.0, -0.0) is 0.0, max(-0.0, 0.0) is -0.0.
    a = 0.0
    b = 0.0
    for i in range(n):
        a = max(0.0, -0.0) + a
        b = max(-0.0, 0.0) * 1.0 + b
    return a, b, math.copysign(1.0, max(-0.0, 0.0)), math.copysign(1.0, min(0.0, -0.0))


def with_nan(xs):
    hi = xs[0]
    lo = xs[0]
    for x in xs:
        hi = max(hi, x)
        lo = min(x, lo)
    return hi, lo


def longest_run(flags):
    best = 0
    run = 0
    for f in flags:
        run = run + 1 if f else 0
        best = max(best, run)
    return best


xs = [((i * 7919) % 1000) / 1000.0 for i in range(3000)]
ys = [((i * 104729) % 1000) / 1000.0 for i in range(2500)]
ints = [(i * 37) % 101 - 50 for i in range(3000)]
print(round(dot(xs, ys), 6), round(dot(ys, xs), 6))
print(pairs_until(xs, ys, 1.5), pairs_until(xs, ys, 5.0))
print(triple(ints, ints[1:], ints[2:]))
print(grow_while_zipping([1, 2, 3], [10, 20]))
print(extremes(ints), extremes(xs))
print(clamp_sum(ints, -10, 20), clamp_sum(ints, 0, 0))
print(round(three_way(xs), 6))
print(first_of_equals(3000))
nan = float("nan")
print(with_nan([nan] + xs[:2000]), with_nan(xs[:2000] + [nan]))
print(longest_run([i % 17 != 0 for i in range(5000)]))
print(extremes([True, False] * 1500))


def shadowed(xs):
    t = 0
    for x in xs:
        t += max(x, 3)
    return t


print(shadowed(ints))
max = lambda a, b: a - b
print(shadowed(ints))
del max
print(shadowed(ints))
zip = lambda a, b: [(1, 2)]
print(dot(xs, ys))
del zip
print(round(dot(xs, ys), 6))
print(extremes([1, 2.5] * 2000), clamp_sum([1.5, 2, 3] * 1000, 1, 2))


# zip as the outermost loop of a region (the function runs once): the zip object hands its
# iterators' index in and takes the next one back, also after a side exit mid-loop.
def weighted(ws, vs):
    t = 0
    for w, v in zip(ws, vs):
        t += w * v
    return t


big_ws = [3 ** 20] * 2000 + [7] * 500
print(weighted(list(range(5000)), list(range(4000, 0, -1))))
print(weighted(big_ws, [10 ** 9] * 2600))


def until_negative(xs, ys):
    n = 0
    for x, y in zip(xs, ys):
        if x - y < 0:
            break
        n += x - y
    return n


print(until_negative(list(range(2000, 8000)), list(range(0, 10000, 2))))
total = 0
for p, q in zip(ints, ints[::-1]):
    total += max(p, q) - min(p, q)
print(total, p, q)
