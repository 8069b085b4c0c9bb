for n in [0, 1, -1, 10, 255, -255, 4096, 2 ** 64, -(2 ** 64)]:
    print(n, hex(n), oct(n), bin(n))
print(str(123), repr(-45), str(10 ** 30))
print(hex(0xdeadbeef), oct(0o755), bin(0b101))
print(hex(True), bin(False))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(str(True), str(False), repr(True), repr(None), str(None))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "o"), format(5, "b"), format(5, "#b"))
print(format(42), format(42, ""), format(-42, "d"), format(42, "5d"), format(42, "<5d") + "|")
