# Functions that return tuples of numbers, compiled whole by tier 2: called from tier 1 (the
# tuple is made there), unpacked by native callers (q, r = f(a, b)), recursive.


def divmod_pos(a, b):
    q = 0
    while a >= b:
        a -= b
        q += 1
    return q, a


def step(x, y, cx, cy):
    return x * x - y * y + cx, 2.0 * x * y + cy


def escape(cx, cy, limit):
    x = y = 0.0
    for i in range(limit):
        x, y = step(x, y, cx, cy)
        if x * x + y * y > 4.0:
            return i, x > 0.0
    return limit, False


def fib_pair(n):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n - 1)
    return b, a + b


def stats(xs):
    lo = xs[0]
    hi = xs[0]
    total = 0
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
        total += x
    return lo, hi, total, total / len(xs)


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def maybe_pair(n):
    if n < 0:
        return None
    return n, n * n


def sweep(n):
    inside = 0
    right = 0
    for i in range(n):
        for j in range(n):
            k, r = escape(-2.0 + 2.5 * i / n, -1.25 + 2.5 * j / n, 60)
            if k == 60:
                inside += 1
            right += r
    return inside, right


print(divmod_pos(100, 7), [divmod_pos(k * 13, 5) for k in range(30)][-3:])
print(sweep(40), escape(0.0, 0.0, 10), escape(2.0, 2.0, 10))
print(fib_pair(80), fib_pair(100))
data = [(k * 7919) % 1009 - 500 for k in range(2000)]
for _ in range(50):
    s = stats(data)
print(s, stats([2.5, -1.0]))
t = 0
for a in range(1, 300):
    g, x, y = extended_gcd(a * 7, 360)
    t += g + x * 3 + y
print(t, extended_gcd(240, 46))
print([maybe_pair(k) for k in (-1, 0, 3)])
print(divmod_pos(2 ** 64, 2 ** 62), fib_pair(2))


# Returns of tuples from inside a loop that tier 2 compiles as a region of its own (called once).
def first_pair_with_sum(xs, target):
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j, xs[i] * 0.5
    return -1, -1, 0.0


def first_big(xs, limit):
    k = 0
    while k < len(xs):
        if xs[k] > limit:
            return k, xs[k]
        k += 1
    return None


pairs = [(k * 7919) % 10007 for k in range(3000)]
print(first_pair_with_sum(pairs, pairs[1500] + pairs[2500]), first_pair_with_sum(pairs, -5))
print(first_big(pairs, 10000), first_big(pairs, 20000))
