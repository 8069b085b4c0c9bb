print(int("42"), int("-42"), int("  17  "), int("+5"), int("0"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 0), int("z", 36), int("Zz", 36), int("10", 3))
print(int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int(3.99), int(-3.99), int(1e20), int(True), int(False))
print(int(), int(0.0), int("0_0"), int("00"))
print(int("  -0x1A  ", 16), int("0", 0))
print(int(12.0) == 12, int(2 ** 63 + 0.0))
class Num:
    def __int__(self):
        return 99
print(int(Num()))
print(int("9" * 30, 10) % 1000)
print(int(-5), int(10 ** 20))
for text, base in [("11", 2), ("11", 8), ("11", 16), ("11", 36), ("11", 10)]:
    print(text, base, int(text, base))
