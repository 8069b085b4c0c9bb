# int() in loops tier 2 compiles: truncation toward zero; NaN, infinities and floats beyond 64 bits
# leave native code, and tier 1 raises or makes the big int.


def buckets(xs, width):
    counts = [0] * 10
    for x in xs:
        b = int(x / width)
        if b > 9:
            b = 9
        counts[b] += 1
    return counts


def truncations(n):
    t = 0
    for i in range(n):
        x = (i - n / 2) * 0.37
        t += int(x) + int(-x) * 2 + int(x * 0.5)
    return t


def to_pixels(xs):
    s = 0
    for x in xs:
        s += int(x * 255.0) + int(True) + int(s % 3 == 0) + int(7)
    return s


def grows(n):
    v = 1.0
    total = 0
    for i in range(n):
        v = v * 3.5
        total += int(v) % 1000
    return total, int(v)


def with_specials(xs):
    t = 0
    for x in xs:
        t += int(x)
    return t


xs = [((i * 7919) % 1000) / 1000.0 for i in range(5000)]
print(buckets(xs, 0.1), truncations(5000), to_pixels(xs))
print(grows(60), grows(100))
for bad in (float("nan"), float("inf"), -float("inf")):
    try:
        print(with_specials(xs[:3000] + [bad]))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(with_specials(xs[:3000] + [2.0 ** 63, -2.0 ** 63, 1e300]))
int = lambda v: 1
print(truncations(100))
del int
print(truncations(100))
