# math.frexp of the largest doubles (binary exponent 1024) and math.pow with an infinite exponent.
import math
for x in [1e308, -1.7976931348623157e308, 2.0**1023, 8.98846567431158e+307, 1.0, 0.75, -3.5, 5e-324, 2.2250738585072014e-308, 1e-310, -0.0, 0.0, float('inf'), 1e300]:
    print(repr(x), math.frexp(x))
for a, b in [(0.0, float('-inf')), (-0.0, float('-inf')), (0, float('-inf')), (0.0, float('inf')), (2.0, float('-inf')), (0.5, float('-inf')), (-2.0, float('inf')), (1.0, float('nan')), (0.0, -1.0)]:
    try:
        print(a, b, math.pow(a, b))
    except ValueError as e:
        print(a, b, "ValueError", e)
