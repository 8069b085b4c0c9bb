vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a & 12, a | 3, a ^ 9, a & -4)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(1 << 0, 1 << 10, 1 << 62, 1 << 63, 1 << 64, 1 << 100)
print(-1 << 3, -5 << 2, 3 << 65)
print(1024 >> 3, -1024 >> 3, -1 >> 10, 7 >> 1, -7 >> 1)
print((1 << 100) >> 98, (-(1 << 100)) >> 99, (1 << 100) >> 200)
print(2 ** 70 & 2 ** 70 - 1, 2 ** 70 | 1, 2 ** 70 ^ 2 ** 69)
print(-(2 ** 70) & 0xFFFF, ~(2 ** 70))
print(True & False, True | False, True ^ True, ~True, True << 3)
print(type(True & False), type(True & 1))
x = 0xF0
x &= 0x3C
print(x)
x |= 0x01
print(x)
x ^= 0xFF
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
print(5 & 3 | 8 ^ 2, 1 + 2 << 3, 1 << 2 + 3)
