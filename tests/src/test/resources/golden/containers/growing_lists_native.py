# Lists a compiled function makes empty and appends to (out = [] ... out.append(x)), and list
# comprehensions inside compiled functions: the items live in tier 2's arena of temporaries, a
# full room moves them to a larger one, and the caller gets a new list.


def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out


def halves(n):
    out = []
    for i in range(n):
        if i % 3 != 1:
            out.append(i * 0.5)
    return out


def primes_below(n):
    flags = [True] * n
    found = []
    for i in range(2, n):
        if flags[i]:
            found.append(i)
            for j in range(i * i, n, i):
                flags[j] = False
    return found


def squares_of_odd(xs):
    return [x * x for x in xs if x % 2]


def pairs_below(n):
    return [i * 100 + j for i in range(n) for j in range(i) if (i + j) % 3 == 0]


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


def scaled(xs, k):
    ys = [x * k for x in xs]
    zs = [y + 0.5 for y in ys]
    return total(ys) + len(zs) + zs[-1]


def grow_while_iterating(n):
    out = [1]
    for x in out:
        if x < n:
            out.append(x * 2)
            out.append(x * 2 + 1)
    return len(out), out[-1]


def mixed(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(i + 0.5)
    return out


def shared(n):
    out = []
    alias = out
    for i in range(n):
        out.append(i)
    return len(alias), alias[-1]


def overflow(n):
    return [3 ** k for k in range(n)]


big_count = 0
for k in range(2, 3000):
    big_count += len(factorize(k))
r = factorize(2 ** 40 * 3 ** 5 * 1000003)
r.append(-1)
print(big_count, r, factorize(1), factorize(97))
h = halves(1000)
print(len(h), h[:4], h[-1], sum(h), type(h).__name__)
p = primes_below(20000)
print(len(p), p[:8], p[-3:], primes_below(2))
s = 0
for _ in range(200):
    s += sum(squares_of_odd(list(range(300))))
print(s, squares_of_odd([2, 4]), squares_of_odd([3, -5, 7]))
pb = pairs_below(120)
print(len(pb), pb[:5], pb[-3:])
print(scaled([1.5, 2.5, 4.0] * 100, 3.0), scaled([7], 2))
print(grow_while_iterating(5000), grow_while_iterating(1))
m = mixed(100)
print(len(m), m[:4], m[-1])
print(shared(100))
print(overflow(45)[-1] == 3 ** 44, len(overflow(45)))
big = halves(900000)
print(len(big), big[-1])


# List comprehensions inside a loop that tier 2 compiles as a region of its own (called once): the
# list lives until the next iteration.
def biggest(xs):
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
    return best


def comprehensions_in_loop(n):
    t = 0
    for k in range(1, n):
        t += len([x for x in range(k % 50) if x % 3])
        for y in [x * 2 for x in range(k % 7)]:
            t += y
        t += biggest([(x * 7) % 11 for x in range(k % 13 + 1)])
    return t


print(comprehensions_in_loop(20000))


# Lists a function makes with items (a repetition, a comprehension) and then appends to.
def starts_non_empty(n):
    row = [0] * 3
    evens = [k * 2 for k in range(4)]
    for i in range(n):
        row.append(i)
        if i % 3 == 0:
            evens.append(i)
    return len(row), sum(row), evens[-1] + evens[-3], len(evens)


for _ in range(30):
    res = starts_non_empty(1000)
print(res, starts_non_empty(0))
