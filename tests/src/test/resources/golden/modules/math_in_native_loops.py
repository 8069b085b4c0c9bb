# Math functions in loops hot enough for tier 2: results as CPython's libm gives
# them, domain and range errors raised in the middle of a loop, special values,
# and math names rebound to other functions (before and between runs).
import math
from math import sqrt, fabs, exp


def table(n):
    a = b = c = d = e = f = g = h = 0.0
    for i in range(n):
        x = i * 0.37 - 20.0
        y = i / n
        a += math.sin(x) + math.cos(x) * 0.5
        b += math.tan(x * 0.1) + math.atan(x)
        c += math.asin(y) + math.acos(y)
        d += math.sinh(x * 0.05) + math.cosh(x * 0.05) + math.tanh(x)
        e += math.asinh(x) + math.acosh(1.0 + y) + math.atanh(y * 0.5)
        f += exp(x * 0.1) + math.expm1(x * 0.01)
        g += math.log(1.0 + y) + math.log2(2.0 + x * x) + math.log10(3.0 + y) + math.log1p(y)
        h += math.erf(x * 0.1) + math.erfc(x * 0.1) + fabs(x) + sqrt(y) + math.sqrt(i)
    return a, b, c, d, e, f, g, h


for v in table(2500):
    print(repr(v))


def log_down(n):
    t = 0.0
    for i in range(n):
        t += math.log(n - 1500 - i)
    return t


def sqrt_down(n):
    t = 0.0
    for i in range(n):
        t += sqrt(n - 1500 - i)
    return t


def exp_up(n):
    t = 0.0
    for i in range(n):
        t += math.exp(i * 0.5)
    return t


def acosh_down(n):
    t = 0.0
    for i in range(n):
        t += math.acosh((n - i) / 1000)
    return t


def atanh_up(n):
    t = 0.0
    for i in range(n):
        t += math.atanh(i / 1500)
    return t


for fn in (log_down, sqrt_down, exp_up, acosh_down, atanh_up):
    try:
        print(fn.__name__, fn(3000))
    except (ValueError, OverflowError) as err:
        print(fn.__name__, type(err).__name__, err)


def specials(xs, ys, n):
    out = []
    for i in range(n):
        x = xs[i % 4]
        y = ys[i % 4]
        out.append(math.sqrt(x))
        out.append(math.exp(y) + math.atan(y) + fabs(y))
        out.append(math.log(x + 1.0) + math.tanh(y))
    return out


print(specials([-0.0, math.inf, math.nan, 2.0], [-math.inf, math.inf, math.nan, -0.5], 2000)[:12])


def waves(n):
    t = 0.0
    for i in range(n):
        t += math.cos(i * 0.01)
    return t


print(repr(waves(2000)))
original_cos = math.cos
math.cos = math.sin
print(repr(waves(2000)))
math.cos = lambda x: 1.0
print(repr(waves(2000)))
math.cos = original_cos
print(repr(waves(2000)))


def roots(n):
    t = 0.0
    for i in range(n):
        t += sqrt(i)
    return t


print(repr(roots(2000)))
sqrt = math.log1p
print(repr(roots(2000)))
sqrt = lambda x: -1.0
print(repr(roots(2000)))
