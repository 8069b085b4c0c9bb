print(float(1), float(-5), float(True), float(10 ** 20), float(2 ** 63))
print(float("3.14"), float("-0.5"), float("1e3"), float("  2.5\n"), float("inf"), float("-Infinity"))
print(float(), float("0"), float("-0"), float("1_0.2_5"))
print(float(7) / 2, float("12345678901234567890"))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
print(str(1.0), str(-1.0), str(1e-10), str(123.0))
print(float(int("1" * 20)))
print(float(0.1), float(-0.0))
