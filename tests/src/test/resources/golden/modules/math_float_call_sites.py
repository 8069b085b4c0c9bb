# One call site of a math function sees floats, ints, bools, big ints, non-finite values and bad
# arguments: compiled code applies the function inline to floats and ints and must still give
# CPython's results and errors for everything else, and notice when the name is rebound.
import math
from math import sqrt, sin, exp, log1p, fabs


def call_sqrt(v):
    return sqrt(v)


def call_sin(v):
    return sin(v)


def call_exp(v):
    return exp(v)


def call_log1p(v):
    return log1p(v)


def call_module_sqrt(v):
    return math.sqrt(v)


values = [4.0, 2, True, False, 0.0, -0.0, 0.5, float("inf"), float("-inf"), float("nan"),
          10 ** 20, 10 ** 400, -1.0, -1, 1000.0, 710, "s", None]
sites = [("sqrt", call_sqrt), ("sin", call_sin), ("exp", call_exp), ("log1p", call_log1p),
         ("math.sqrt", call_module_sqrt)]
for rounds in range(3):
    for v in values:
        for name, f in sites:
            try:
                r = f(v)
                if rounds == 2:
                    print(name, repr(v), repr(r))
            except (ValueError, OverflowError, TypeError) as e:
                if rounds == 2:
                    print(name, repr(v), type(e).__name__ + ":", e)

total = 0.0
for i in range(2000):
    total += sqrt(i) + fabs(-i)
print(round(total, 6))

for args, kwargs in [((), {}), ((1.0, 2.0), {}), ((), {"x": 4.0})]:
    try:
        sqrt(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)


def call_rebound(v):
    return sqrt(v)


print(call_rebound(9.0))
sqrt = abs
print(call_rebound(-9.0))
