print(int("  12  "), int("-0"), int("1" * 25), int(7.999), int(-0.5), int("1_0_0"), int("0b11", 0), int("11", base=2))
print(float("1.5e3"), float("-.5"), float("  inf  "), float(10 ** 20), float("0.1"), float("3"))
print(str(1.0), str(0.1), str(1e-5), str(123456789.123), str(-0.0), str(10 ** 20), str(2.5e-8))
print(repr(str(1)), repr(int("5")), repr(float("5")))
for bad in ["", " ", "1.5", "abc", "1e5", "--1", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
for bad in ["", "x", "1.2.3", "1e", "inf inf"]:
    try:
        float(bad)
    except ValueError as e:
        print(repr(bad), "->", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("z", 37)
except ValueError as e:
    print("ValueError:", e)
