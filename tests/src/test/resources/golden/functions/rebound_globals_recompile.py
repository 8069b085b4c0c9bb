# Code compiled for a global's value is compiled again (a few times) when the program rebinds it
# between phases; every phase prints what CPython prints.
SCALE = 2
OFFSET = 0.5


def term(i):
    return (i * SCALE) % 7


def work(n):
    t = 0
    for i in range(n):
        t += term(i)
    return t


def weigh(xs):
    s = 0.0
    for x in xs:
        s += x * SCALE + OFFSET
    return s


xs = [i * 0.25 for i in range(3000)]
for phase in range(7):
    SCALE = phase + 1 if phase != 5 else 1.5
    OFFSET = OFFSET * 2
    print(phase, work(3000), weigh(xs))


def spin(n):
    c = 0
    while c < n:
        c += STEP
    return c


for STEP in (1, 2, 3, 4, 5, 6):
    print(STEP, spin(5000))


# A callee with a loop of its own (a region called natively, not lowered in place) that reads a
# global constant, called from a loop: both are compiled again after a rebinding.
LIMIT = 5


def inner(k):
    t = 0
    for j in range(LIMIT):
        t += j * k
    return t


def outer(n):
    s = 0
    for i in range(n):
        s += inner(i % 10)
    return s


for LIMIT in (5, 7, 9):
    print(LIMIT, outer(3000))


# A local (a parameter) of another kind of number at a later entry: the loop is compiled for it.
def accumulate(n, step):
    t = step * 0
    for i in range(n):
        t += step
    return t


print(accumulate(3000, 2), accumulate(3000, 0.5), accumulate(3000, True), accumulate(3000, 3))
