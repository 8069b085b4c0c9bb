# round() of floats in compiled loops: half to even, like CPython, and tier 1's
# errors for NaN and the infinities; round() of ints and bools is the value.


def halves(n):
    total = 0
    for i in range(n):
        total += round(i * 0.5) * (i % 7) + round(-i * 0.5) + round(i * 0.37) - round(-i * 0.37)
    return total


def pattern(n):
    out = []
    for i in range(-n, n):
        out.append(round(i / 4))
    return out[:12], sum(out)


def ints(n):
    total = 0
    for i in range(n):
        total += round(i) + round(i % 3 == 0)
    return total


def edges(n):
    total = 0
    for i in range(n):
        total += round(0.49999999999999994) + round(2.5) + round(-2.5) + round(4503599627370497.0) % 7 + round(-0.5)
    return total


def run(f, *args):
    try:
        return f(*args)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ": " + str(e)


def into_nan(n):
    total = 0
    x = 1e308
    for i in range(n):
        total += round(x * (i > 2500) * 10 - x * (i > 2500) * 10 + 0.5)
    return total


def into_inf(n):
    total = 0
    for i in range(n):
        total = (total + round(i * (1.0 + 1e308 * (i > 2500)))) % 1000
    return total


print(halves(3000))
print(pattern(3000))
print(ints(3000))
print(edges(3000))
print(run(into_nan, 3000))
print(run(into_inf, 3000))
