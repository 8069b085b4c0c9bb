def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
for n in [0, 1, 255, 256, 2 ** 64 - 1, 12345678901234567890]:
    print(n, popcount(n), bin(n).count("1"), len(bin(n)) - 2)
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(16)])
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(i) for i in [1, 2, 3, 128, 255, 0b10110000]])
mask = 0
for b in [1, 3, 5, 63, 64, 100]:
    mask |= 1 << b
print(mask, hex(mask), [b for b in range(101) if mask >> b & 1])
print(-1 & 0xFF, (-1 >> 100), (1 << 200) - 1 == int("1" * 200, 2))
