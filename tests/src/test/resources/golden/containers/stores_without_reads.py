# Hot loops that store list items but never read one, which tier 2 runs without logging the stores
# (redoing an iteration stores the same values again). Side exits after stores of the same
# iteration: ints overflowing into big ints, an index out of range, a zero divisor; indexes that
# repeat within an iteration, negative ones, bools, and ranges that end at the 64-bit limits.


def fill_until_overflow(a, n, v, step):
    i = 0
    while i < n:
        a[i] = i
        a[-1 - i] = -i
        a[i] = 2 * i
        v += step
        a[n] = v % 1000
        i += 1
    return v


a = [0] * 31
v = fill_until_overflow(a, 30, 2**63 - 1 - 25 * 2**58, 2**58)
print(v, a)


def mark(flags, limit):
    i = 2
    while i <= limit:
        j = 2 * i
        while j <= limit:
            flags[j] = False
            j += i
        i += 1


flags = [True] * 200
mark(flags, 199)
print([k for k in range(2, 200) if flags[k]])


def fill_past_end(a, n):
    for i in range(n):
        a[i] = i * i
        a[0] = -i
        a[i + 2] = 1


b = [5] * 30
try:
    fill_past_end(b, 40)
except IndexError as e:
    print("IndexError:", e)
print(b)


def scaled(out, xs, d):
    for i in range(len(out)):
        out[i] = 3 * i
        out[i] = 100 // (d - i)


c = [0] * 10
try:
    scaled(c, None, 6)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(c)


def edges(a):
    # 2**63 - 100 .. 2**63 - 2 and -2**63 + 100 .. -2**63 + 1, as literals so that the outer loop compiles
    for r in range(3):
        for i in range(9223372036854775708, 9223372036854775807):
            a[i % 3] = i - r
        for i in range(-9223372036854775708, -9223372036854775807 - 1, -1):
            a[3 + i % 3] = i + r


d = [0] * 6
edges(d)
print(d)


def big_steps(a, n):
    k = 0
    for i in range(0, n, 2305843009213693952):
        a[k] = i
        k += 1


e = [0] * 8
big_steps(e, 2**63 - 1)
print(e)
