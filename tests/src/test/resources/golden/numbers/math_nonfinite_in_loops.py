# A math function called in a hot loop runs inline while its results are finite; the call whose
# result is not (a domain error, an overflow, an infinite argument) must still raise or return
# exactly as in CPython, also after the site has run thousands of times.
import math

total = 0.0
for x in [4.0] * 2000 + [2, 9]:
    total += math.sqrt(x)
print(total)
for args in ([1.0] * 1000 + [-1.0], [0.5] * 1000 + [800.0], [2.0] * 1000 + [0.0]):
    try:
        s = 0.0
        for x in args:
            s += math.sqrt(x) + math.exp(x) + math.log(x)
        print(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e, s)
print(math.sqrt(float("inf")), math.exp(float("-inf")), math.fabs(float("-inf")), math.sqrt(2 ** 80), math.sqrt(True))
for v in (float("nan"), -0.0, 10 ** 400):
    try:
        print(math.sqrt(v), math.floor(math.exp(-1.0)))
    except OverflowError as e:
        print("OverflowError", e)
