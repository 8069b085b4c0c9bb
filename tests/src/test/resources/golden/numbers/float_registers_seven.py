# Innermost loops that assign more float locals than before (seven stay in registers, the eighth
# in its slot), with calls that forget the registers, side exits and type changes in between.
import math


def pair_loop(n):
    x1, y1 = 0.5, -1.25
    a = b = c = d = e = f = g = h = 0.0
    for i in range(n):
        a = x1 - i * 0.125
        b = y1 + i * 0.0625
        c = a * a + b * b + 1.0
        d = c * math.sqrt(c)
        e = 0.01 / d
        f = a * e
        g = b * e
        h = f - g + h * 0.5
        x1 -= f
        y1 += g
    return a, b, c, d, e, f, g, h, x1, y1


print(pair_loop(1))
print(pair_loop(1000))


def with_calls(n):
    s = t = u = v = w = p = q = 0.0
    for i in range(n):
        s = i * 0.5
        t = s ** 1.5
        u = t - s
        v = math.exp(-u * 0.001)
        w = v * 2.0 + u
        p = abs(w - t)
        q = p + q * 0.25
    return s, t, u, v, w, p, q


print(with_calls(200))


def divides(n, zero_at):
    r = k = m = z = y = x = w = 1.0
    i = 0
    try:
        while i < n:
            r = r * 1.0001 + 0.5
            k = r - 1.0
            m = k * 0.5
            z = m + r
            y = z - k
            x = y / (i - zero_at)
            w = w + x
            i += 1
    except ZeroDivisionError as exc:
        print("ZeroDivisionError at", i, exc)
    return r, k, m, z, y, x, w, i


print(divides(50, 1000))
print(divides(50, 17))


def turns_int(n):
    a = b = c = d = e = f = g = 0.0
    for i in range(n):
        a = a + 1.5
        b = a * 2.0
        c = b - a
        d = c / 3.0
        e = d + b
        f = e * 0.5
        g = f - 1.0
        if i == 30:
            g = 7
    return a, b, c, d, e, f, g


print(turns_int(40))
print(turns_int(25))


def nested(rows, cols):
    total = 0.0
    for r in range(rows):
        a = b = c = d = e = f = g = 0.0
        for k in range(cols):
            a = r + k * 0.25
            b = a * a
            c = b - a
            d = c * 0.5 + b
            e = d / (k + 1.0)
            f = e - c
            g = g + f
        total += g
    return total


print(nested(30, 40))
print(repr(nested(3, 1)))
