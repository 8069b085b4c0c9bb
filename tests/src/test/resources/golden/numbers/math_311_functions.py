# math.cbrt and math.exp2 (new in 3.11, from libm as CPython takes them), math.remainder,
# math.nextafter and math.ulp; also in a loop that tier 2 compiles.
import math


def check(text, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(text, "->", r)


for x in [27.0, -8.0, 2.0, 0.001, 1e300, -0.0, float("inf"), float("nan"), 10, True]:
    check("cbrt(%r)" % x, lambda: math.cbrt(x))
for x in [0.5, 10.0, -3.0, 1023.5, 1024.0, -1080.0, float("-inf"), 3]:
    check("exp2(%r)" % x, lambda: math.exp2(x))
for x, y in [(10.0, 3.0), (11.0, 3.0), (-4.0, 2.0), (2.5, 1.0), (3.5, 1.0), (5.0, float("inf")), (float("inf"), 2.0),
             (1.0, 0.0), (float("nan"), 0.0), (7, 2)]:
    check("remainder(%r, %r)" % (x, y), lambda: math.remainder(x, y))
for x, y in [(1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (5e-324, 0.0), (1.7976931348623157e308, float("inf")), (2.0, 2.0)]:
    check("nextafter(%r, %r)" % (x, y), lambda: math.nextafter(x, y))
for x in [1.0, 0.0, -2.0, 1e300, 1.7976931348623157e308, 5e-324, float("inf"), float("nan"), 3]:
    check("ulp(%r)" % x, lambda: math.ulp(x))
check("cbrt('a')", lambda: math.cbrt("a"))
check("ulp()", lambda: math.ulp())


def roots(n):
    total = 0.0
    for i in range(n):
        total += math.cbrt(i) + math.exp2(i % 7)
    return total


print(roots(3000))
try:
    s = 0.0
    for i in range(1000, 1100):
        s += math.exp2(i)
except OverflowError as e:
    print("OverflowError:", e, i)
