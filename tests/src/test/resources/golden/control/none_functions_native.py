# Functions that return None (procedures) compiled whole by tier 2: called as statements from
# loops and from each other, with early returns, mixed with functions returning values.


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] = xs[i] * k


def clamp_all(xs, lo, hi):
    for i in range(len(xs)):
        if xs[i] < lo:
            xs[i] = lo
        elif xs[i] > hi:
            xs[i] = hi
    return


def fill_until(xs, v, stop):
    for i in range(len(xs)):
        if xs[i] == stop:
            return None
        xs[i] = v


def find(xs, v):
    for i in range(len(xs)):
        if xs[i] == v:
            return i
    return None


def first_negative(xs):
    if len(xs) == 0:
        return None
    for i in range(len(xs)):
        if xs[i] < 0:
            return i
    return -1


def partition(a, lo, hi):
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] < pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    return i


def quicksort(a, lo, hi):
    if lo >= hi:
        return
    p = partition(a, lo, hi)
    quicksort(a, lo, p - 1)
    quicksort(a, p + 1, hi)


def repeat_scale(xs, times):
    for _ in range(times):
        scale(xs, 1)
        clamp_all(xs, -1000, 1000)


def square_into(out, xs):
    for i in range(len(xs)):
        out[i] = xs[i] * xs[i]


def grow(xs):
    # 3**40 does not fit 64 bits: the call leaves native code and runs again in tier 1
    for i in range(len(xs)):
        xs[i] = xs[i] * 3


def poke(xs, i):
    xs[i] = 7
    xs[i + 100] = 8


state = 12345
data = []
for _ in range(3000):
    state = (state * 1103515245 + 12345) % 2147483648
    data.append(state % 2001 - 1000)

print(scale(data, 1), clamp_all(data, -500, 500), repeat_scale(data, 3))
print(min(data), max(data), sum(data))
ok = 0
for r in range(50):
    part = data[r * 50:r * 50 + 400]
    quicksort(part, 0, len(part) - 1)
    ok += part == sorted(part)
print(part[:5], part[-5:], ok)
quicksort(data, 0, len(data) - 1)

marks = [1, 2, 3, 0, 5, 6]
fill_until(marks, 9, 0)
print(marks, fill_until(marks, 4, 9))

hits = 0
for k in range(200):
    r = find(data, k - 100)
    if r is None:
        hits += 1
    else:
        hits += r % 7
print("hits", hits, find(data, 10**6), find([5, 6], 6))
print(first_negative([]), first_negative([3, -1]), first_negative([1, 2]))

squares = [0] * 100
for _ in range(100):
    square_into(squares, list(range(100)))
print(sum(squares), square_into(squares, [1, 2]), squares[:3])

big = [3] * 50
for _ in range(40):
    grow(big)
print(big[0] == 3 ** 41, type(big[-1]).__name__)

ys = [0] * 150
for j in range(40):
    poke(ys, j)
print(sum(ys))
try:
    poke(ys, 60)
except IndexError as e:
    print("IndexError", e, ys[60])
