# math functions and float ** give CPython's last bit: CPython calls the C library's libm, whose
# results differ from Java's Math in the last bit for some arguments, which repr shows.
import math

functions = [
    ("sin", math.sin), ("cos", math.cos), ("tan", math.tan),
    ("asin", lambda v: math.asin(1 / (v + 1))), ("acos", lambda v: math.acos(1 / (v + 1))), ("atan", math.atan),
    ("sinh", lambda v: math.sinh(v % 700)), ("cosh", lambda v: math.cosh(v % 700)), ("tanh", lambda v: math.tanh(v / 50)),
    ("asinh", math.asinh), ("acosh", lambda v: math.acosh(v + 1)), ("atanh", lambda v: math.atanh(1 / (v + 1.5))),
    ("exp", lambda v: math.exp(v % 700)), ("expm1", lambda v: math.expm1(v / 30)),
    ("log", math.log), ("log2", math.log2), ("log10", math.log10), ("log1p", math.log1p), ("log base", lambda v: math.log(v, 7)),
    ("erf", lambda v: math.erf(v / 100)), ("erfc", lambda v: math.erfc(v / 100)),
    ("atan2", lambda v: math.atan2(v, 1.7)), ("pow", lambda v: math.pow(v, 1.37)),
    ("**", lambda v: v ** 2.5), ("** 2", lambda v: v ** 2), ("** -0.5", lambda v: v ** -0.5),
]
for name, f in functions:
    x = 1.1
    h = 0
    samples = []
    for i in range(2000):
        x = x * 1.0001 + 0.37
        if x > 600:
            x = x - 600 + 0.123
        v = f(x)
        h = (h * 31 + hash(v)) % 1000000007
        if i % 500 == 0:
            samples.append(repr(v))
    print(name, h, " ".join(samples))
