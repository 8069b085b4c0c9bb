# pow(a, b) (a ** b) and bool(x) (truthiness: NaN is true) of numbers in compiled code.
import math


def f(n):
    t = 0
    for k in range(1, n):
        t += bool(k % 3) + pow(k, 2) + (k & -k) + int(k ** 0.5) + max(k, 5) + min(3, k)
    return t


def g(xs):
    t = 0.0
    c = 0
    for x in xs:
        t += pow(abs(x) + 0.5, 1.5) + pow(x, 2) + pow(2, 3)
        c += bool(x) + bool(x > 0.5)
    return t, c


def h(k):
    r = 0
    for _ in range(3):
        r = pow(k, 30)
    return r


for _ in range(40):
    r = f(2000)
print(r)
xs = [k * 0.25 - 10.0 for k in range(400)] + [0.0, -0.0]
for _ in range(30):
    q = g(xs)
print(q)
print(h(3), h(10), h(2 ** 40), pow(2, -1), bool(0.0), bool(-0.0), bool(math.nan), g([math.nan, 1.0]))
