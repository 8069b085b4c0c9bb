# float() and int() of strings at the edges: Unicode digits, underscores, bases, over- and underflow.
cases = ["1e-400", "  inf ", "-Infinity", "nan", "1_0.5", "1__0", "0x10", "1e309", "-0.0", ".5", "5.", "1e", "e5", "+1.5e+3", "١٢٣", "1.5\n", "\t2", "0.1e-5_0", "12345678901234567890.5", "4.9e-324", "2.4703282292062328e-324", "1" * 400, "0." + "0" * 330 + "1", "infinity", "+nan", "1.7976931348623159e308"]
for c in cases:
    for f in (float, int):
        try:
            r = f(c)
            print(repr(c)[:30], f.__name__, repr(r)[:60])
        except (ValueError, OverflowError) as e:
            print(repr(c)[:30], f.__name__, type(e).__name__, str(e)[:80])
for c in ["0x1F", "0o17", "0b101", "017", "0", "00", "1_000", "-0x_1", "0x", " 12 ", "z", "Z1"]:
    for b in (0, 16, 36, 2):
        try:
            print(c, b, int(c, b))
        except ValueError as e:
            print(c, b, "ValueError", e)
print((2.5).as_integer_ratio() if hasattr(float, "as_integer_ratio") else "", (10.0).is_integer(), int(1e300) % 1000, int(-2.5), round(-2.5), round(3.5), round(2.675, 2), round(1e300, -300))
