# reversed() in loops tier 2 compiles: over local lists (as CPython's reverse list iterator, which
# stops when the list got shorter than its index) and over range(a, b).


def horner(coeffs, x):
    t = 0
    for c in reversed(coeffs):
        t = (t * x + c) % 1000003
    return t


def suffix_max(xs):
    best = xs[-1]
    out = [0] * len(xs)
    for i in reversed(range(len(xs))):
        if xs[i] > best:
            best = xs[i]
        out[i] = best
    return out


def countdown(a, b):
    t = 0
    for i in reversed(range(a, b)):
        t = t * 31 + i
        t = t % 1000000007
    return t


def backward_floats(xs):
    acc = 0.0
    for v in reversed(xs):
        acc = acc * 0.5 + v
    return acc


def last_true(flags):
    k = len(flags)
    for f in reversed(flags):
        k -= 1
        if f:
            return k
    return -1


def grows_while_reversed(xs, n):
    seen = 0
    for _ in range(n):
        for v in reversed(xs):
            seen += v
        xs.append(seen % 5)
    return seen


coeffs = [(k * 37) % 11 - 5 for k in range(40)]
total = 0
for x in range(-50, 50):
    total += horner(coeffs, x)
print("horner", total, horner([], 3), horner([7], 3))

data = [(k * 7919) % 1013 for k in range(500)]
sm = [0]
for _ in range(40):
    sm = suffix_max(data)
print("suffix", sm[:4], sm[-4:], sum(sm))

t = 0
for a in range(-30, 30):
    t += countdown(a, a + 50) + countdown(a + 50, a) + countdown(a, a)
print("countdown", t, list(reversed(range(3, 7))))

fl = [k / 8 for k in range(64)]
r = 0.0
for _ in range(100):
    r = backward_floats(fl)
print("floats", r, backward_floats([1.5]))

flags = [k % 17 == 3 for k in range(300)]
print("last", [last_true(flags[:n]) for n in (0, 4, 20, 300)])

g = [1, 2, 3]
print("grows", grows_while_reversed(g, 60), len(g), g[-5:])

big = [2 ** 62, 2 ** 62, 3]
print("big", horner(big, 2 ** 40), countdown(2 ** 63 - 3, 2 ** 63 - 1), countdown(-2 ** 63, -2 ** 63 + 2))
