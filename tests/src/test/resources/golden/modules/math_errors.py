import math
cases = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log2(0)", lambda: math.log2(0)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("int(inf)", lambda: int(math.inf)),
    ("int(nan)", lambda: int(math.nan)),
]
for name, fn in cases:
    try:
        print(name, fn())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__ + ":", e)
