# x % y and x // y of floats in compiled loops: Python's signs (the remainder takes the divisor's,
# the quotient is floored), signed zeros, huge and tiny operands; a zero divisor, an infinite
# divisor and an infinite dividend leave native code and tier 1 gives Python's answer.
import math
def wrap(xs, p):
    total = 0.0
    q = 0.0
    for x in xs:
        total += x % p
        q += x // p
    return total, q

def edge(vals, ds):
    out = [0.0] * (2 * len(vals) * len(ds))
    k = 0
    for x in vals:
        for d in ds:
            out[k] = x % d
            out[k + 1] = x // d
            k += 2
    return out

xs = [i * 0.37 - 50.0 for i in range(20000)]
print(wrap(xs, 2 * math.pi))
print(wrap(xs, -1.5))
vals = [5.5, -5.5, 0.0, -0.0, 1e300, -1e300, 3.0, -3.0, 7.25, 1e-300, 4503599627370497.0]
ds = [2.0, -2.0, 0.5, -0.5, 3.0, 1e-300, -7.0, 1e300, 2.5e-10]
res = edge(vals, ds)
for i in range(0, len(res), 2):
    print(res[i], res[i + 1], math.copysign(1.0, res[i]), math.copysign(1.0, res[i + 1]))
def inf_case(xs, d):
    r = []
    for x in xs:
        r.append(x % d)
    return r
print(inf_case([1.0, -1.0, 2.0], float('inf')))
print(inf_case([1.0, float('inf'), 2.0], 3.0))
try:
    print(wrap([1.0, 2.0, 3.0], 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
