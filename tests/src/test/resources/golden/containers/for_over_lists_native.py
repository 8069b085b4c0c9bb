# for loops over lists of ints, floats and bools, hot enough for tier 2: the
# loop runs from wherever the iterator is, sees items stored ahead of it and
# items appended during the loop, and leaves the iterator and the loop
# variable as CPython does on break, on the end of the list and on errors.


def total(xs):
    s = 0.0
    for x in xs:
        s += x * x
    return s


print(repr(total([i * 0.25 for i in range(5000)])))


def first_over(xs, limit):
    n = 0
    for x in xs:
        if x > limit:
            break
        n += 1
    else:
        return n, "none over", x
    return n, "over", x


print(first_over(list(range(4000)), 3500))
print(first_over(list(range(4000)), 5000))


def growing(xs):
    n = 0
    for x in xs:
        if x % 3 == 0 and len(xs) < 6000:
            xs.append(x + 1)
        n += 1
    return n, len(xs), xs[-3:]


print(growing(list(range(3000))))


def rewrite_ahead(xs):
    t = 0
    i = 0
    for x in xs:
        if i + 1 < len(xs):
            xs[i + 1] = xs[i + 1] + x
        t += x
        i += 1
    return t, xs[-1]


print(rewrite_ahead([1] * 3000))


def big_sum(xs):
    t = 0
    for x in xs:
        t += x * x * x
    return t


print(big_sum(list(range(2000000, 2004000))))
print(big_sum([2 ** 20] * 3000))


def flags_count(flags):
    c = 0
    for f in flags:
        if f:
            c += 1
        else:
            c -= 1
    return c


print(flags_count([i % 3 == 0 for i in range(6000)]))


def nested(rows, weights):
    t = 0.0
    for w in weights:
        for r in rows:
            t += w * r
    return t


print(repr(nested([0.5, 1.5, 2.5] * 100, [1.0, -2.0, 0.25] * 400)))


def divide_all(xs, d):
    out = 0
    for x in xs:
        out += x // d
        d -= 1
    return out


try:
    print(divide_all(list(range(3000)), 2000))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def resume_after(xs):
    it = iter(xs)
    head = []
    for x in it:
        head.append(x)
        if len(head) == 5:
            break
    rest = 0
    for x in xs:
        rest += x
    return head, next(it), rest


print(resume_after(list(range(3000))))


def mixed(xs):
    t = 0
    for x in xs:
        t += x
    return t


values = list(range(3000))
values[2500] = 2.5
print(mixed(values))
values[2500] = "x"
try:
    print(mixed(values))
except TypeError as e:
    print("TypeError", e)
