# for i, x in enumerate(xs[, start]) over lists of ints, floats and bools,
# inside loops and functions that tier 2 compiles: counts from the start as
# enumerate takes it once, items seen as the list changes, overflow of the
# count into big ints, and enumerate rebound to something else.


def weighted(xs):
    t = 0.0
    for i, x in enumerate(xs):
        t += i * x
    return t


def weighted_from(xs, k):
    t = 0
    for i, x in enumerate(xs, k):
        t += i * x
        k += 1
    return t, k


def flags_at(flags):
    hits = 0
    for i, f in enumerate(flags, 1):
        if f:
            hits += i
    return hits


total = 0.0
for r in range(1500):
    total += weighted([0.5, 1.5, 2.5, 3.5])
print(repr(total))
acc = 0
for r in range(1500):
    a, b = weighted_from([1, 2, 3], r)
    acc += a + b
print(acc)
print(sum(flags_at([j % 4 == 0 for j in range(50)]) for _ in range(1500)))


def big_counts(xs, start):
    t = 0
    for i, x in enumerate(xs, start):
        t += i - x
    return t


for r in range(1200):
    v = big_counts([1, 2, 3], 2 ** 62 - 2)
print(v)
try:
    print(big_counts([1, 2, 3], 2 ** 63 - 2))
except Exception as e:
    print(type(e).__name__, e)


def nested(rows, xs):
    t = 0.0
    for r in range(rows):
        for i, x in enumerate(xs):
            if i == r % 5:
                break
            t += x
        else:
            t -= 1.0
    return t


print(repr(nested(3000, [1.0, 2.0, 3.0, 4.0])))


def appending(xs):
    n = 0
    for i, x in enumerate(xs):
        if i < 10:
            xs.append(x * 2)
        n += i
    return n, len(xs)


for r in range(1500):
    res = appending([1, 2, 3])
print(res)

enumerate = lambda xs, start=0: [(7, x) for x in xs]
print(weighted([1.0, 2.0]))


# Enumerating a list as the outermost loop of a function: the enumerate object
# carries the count in and out, also when the loop breaks or the count passes 2**63.
del enumerate


def weighted_sum(xs, start):
    s = 0
    for i, x in enumerate(xs, start):
        s += i * x
    return s


print(weighted_sum(list(range(3000)), 5))
print(weighted_sum(list(range(3000)), 2 ** 63 - 1500))


def first_over(xs, limit):
    for i, x in enumerate(xs, 100):
        if x > limit:
            break
    else:
        return None, x
    return i, x


print(first_over([j * 0.5 for j in range(4000)], 1500.0), first_over([1.0, 2.0] * 1000, 5.0))


def resumed(xs):
    e = enumerate(xs)
    t = 0
    for i, x in e:
        t += x
        if i == 1500:
            break
    return t, next(e)


print(resumed(list(range(3000))))
