# x ** y of floats in compiled loops: libm's pow as tier 1 calls it, now also
# for negative bases with integral exponents (distances, (a - b) ** 2) and zero
# bases with exponents above 0; other zero bases, fractional powers of negative
# numbers and overflows leave native code for tier 1 (its errors, or CPython's
# complex result, which pyjit does not have).


def distances(n):
    total = 0.0
    for i in range(n):
        x = (i - n / 2 + 0.25) * 0.37
        total += x ** 2 + (x - 1.5) ** 3 + (-x) ** -2.0 + abs(x) ** 0.5
    return total


def huge_exponents(n):
    total = 0.0
    for i in range(1, n):
        total += (-1.0) ** (1e17 + i % 2) + (-0.5) ** 4503599627370497.0 + (-2.0) ** 53.0 + (-1.5) ** -3
    return total


def run(f, *args):
    try:
        return f(*args)
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def zero_base(n):
    total = 0.0
    for i in range(n):
        total += (2500.0 - i) ** -1.0
    return total


def overflow(n):
    total = 0.0
    for i in range(n):
        total += (-1e200 * (i > 2500) - 1.0) ** 3.0
    return total


print(distances(3000))
print(huge_exponents(3000))
print(run(zero_base, 3000))
print(run(overflow, 3000))
