# math.pi and the other floats of the math module, divmod of ints and min()/max()
# of generator expressions inside compiled loops.
import math


def circle(n):
    total = 0.0
    for i in range(n):
        total += math.sin(2 * math.pi * i / n) ** 2 + math.e - math.tau / 2
    return round(total, 6), math.inf > total, math.nan != math.nan


def digits(n):
    total = 0
    for i in range(n):
        q, r = divmod(i * 37, 10)
        total += q % 7 + r
        x, y = divmod(-i, 7)
        total += x * y
    return total


def zero_divisor(n):
    total = 0
    for i in range(n):
        q, r = divmod(1000, 2500 - i)
        total += q + r
    return total


def extremes(xs, n):
    lo = 0
    hi = 0
    span = 0.0
    for i in range(n):
        hi += max(x * i % 97 for x in xs)
        lo += min((x + i) % 13 for x in xs if x > 2)
        span += max(x * 0.5 for x in xs) - min(abs(x - i * 0.001) for x in xs)
    return hi, lo, round(span, 6)


def ties(n):
    zeros = [0.0, -0.0, 0.0]
    signed = [-0.0, 0.0]
    nans = [float("nan"), 1.0, 2.0]
    late = [1.0, float("nan"), 2.0]
    picks = 0.0
    first_nan = 0
    for i in range(n):
        picks += max(v for v in zeros) + min(v for v in signed)
        m = max(v for v in nans)
        if m != m:
            first_nan += 1
        picks += max(v for v in late) + min(v * i for v in late)
    return picks, first_nan, str(max(v for v in zeros)), str(min(v for v in signed))


def empty_extremes(n):
    hits = 0
    for i in range(n):
        hits += max(j for j in range(3 - i // 1000))
    return hits


def rebound_pi(n):
    total = 0.0
    for i in range(n):
        total += math.pi
    return total


print(circle(5000))
print(digits(5000))
try:
    print(zero_divisor(3000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(extremes([3, 5, 8, 13, 21], 3000))
print(ties(3000))
print(empty_extremes(3000))
try:
    print(empty_extremes(3500))
except ValueError as e:
    print("ValueError:", e)
print(rebound_pi(3000))
math.pi = 3
print(rebound_pi(3000))
