# ** in loops hot enough for tier 2: int powers that stay exact, overflow into
# big ints and turn into floats (negative exponents) in the middle of a loop;
# float powers through libm's pow, with overflow and zero bases raised as
# CPython raises them.


def int_powers(n):
    t = 0
    for i in range(n):
        t += i ** 2 + (i % 7) ** 3 + 3 ** (i % 20) + (-2) ** (i % 13) + i ** 0
    return t


print(int_powers(3000))


def growing(n):
    t = 0
    for i in range(n):
        t += 3 ** (i // 60)
    return t


print(growing(3000))


def squares(n):
    t = 0
    for i in range(n):
        t += (i * 100000000) ** 2
    return t


print(squares(3000))


def exponents(n):
    t = 0
    for i in range(n):
        t += 2 ** (i - 2900)
    return t


print(exponents(3000))


def float_powers(n):
    a = b = c = 0.0
    for i in range(n):
        x = 1.0 + i * 0.001
        a += x ** 2
        b += x ** 0.5 + x ** -1.5
        c += 2.5 ** (i % 30) + x ** (i % 5)
    return a, b, c


for v in float_powers(3000):
    print(repr(v))


def tiny(n):
    t = 0.0
    for i in range(n):
        t += 10.0 ** -(i % 330)
    return t


print(repr(tiny(3000)))


def overflow(n):
    t = 0.0
    for i in range(n):
        t += 1.5 ** i
    return t


def zero_base(n):
    t = 0.0
    for i in range(n):
        t += (i - 2000) ** -1.0 if i != 2000 else 0.0 ** -1.0
    return t


def negative_base(n):
    t = 0.0
    for i in range(n):
        t += (i - 1500.0) ** 3
    return t


for fn in (overflow, zero_base, negative_base):
    try:
        print(fn.__name__, repr(fn(3000)))
    except (OverflowError, ZeroDivisionError) as err:
        print(fn.__name__, type(err).__name__, err)


def mixed(n):
    t = 0.0
    for i in range(n):
        t += i ** 0.25 + 2 ** (i * 0.01)
    return t


print(repr(mixed(3000)))
