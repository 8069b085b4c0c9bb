# Locals that a compiled function binds to None and to numbers (a sentinel: best = None, then
# `if best is None or x > best`): a flag says which; reading one as a number while it is None
# leaves to tier 1, which raises its TypeError or returns None.


def biggest(xs):
    best = None
    for x in xs:
        if best is None or x > best:
            best = x
    return best


def first_even(xs):
    found = None
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    if found is not None:
        return found * 10
    return -1


def closest(xs, target):
    best = None
    gap = 0.0
    for x in xs:
        d = abs(x - target)
        if best is None or d < gap:
            best = x
            gap = d
    return best, gap


def broken(xs):
    acc = None
    for x in xs:
        acc = acc + x
    return acc


def flips(n):
    last = None
    c = 0
    for k in range(n):
        last = None if k % 3 == 0 else k
        c += last is None
    return c


xs = [(k * 37) % 1001 - 500 for k in range(2000)]
r = None
for _ in range(40):
    r = biggest(xs)
print(r, biggest([]), biggest([-5]), biggest([2.5, 1.0]))
print(first_even([3, 5, 8, 10]), first_even([1, 3]), first_even(xs))
fs = [k * 0.37 for k in range(3000)]
for _ in range(30):
    c = closest(fs, 500.0)
print(c, closest([], 1.0))
try:
    broken([1, 2])
except TypeError as e:
    print("TypeError", e)
print(flips(1000))


# A loop compiled as a region of its own (a function called once, the module's loop) with a local
# that is None when the loop starts: that entry is left to tier 1, whose iteration binds a number;
# in the region `is None` is then false.
def largest_gap(xs):
    prev = None
    gap = 0
    for x in xs:
        if prev is not None and x - prev > gap:
            gap = x - prev
        prev = x
    return gap, prev


ys = sorted((k * 7919) % 100003 for k in range(20000))
print(largest_gap(ys), largest_gap([]), biggest(ys), closest([float(y) for y in ys], 500.0))
low = None
for y in ys:
    if low is None or y % 1000 < low % 1000:
        low = y
print(low, low is None)


# `is None` of anything else than a name (a call that may return None) stays tier 1's.
def maybe(k):
    return None if k % 4 == 0 else k


def count_some(n):
    c = 0
    for k in range(n):
        if maybe(k) is not None:
            c += 1
        while maybe(c) is None:
            c += 1
    return c


print(count_some(3000))
