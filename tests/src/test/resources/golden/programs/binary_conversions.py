def to_bin(n):
    if n == 0:
        return "0"
    bits = []
    while n:
        bits.append(str(n & 1))
        n >>= 1
    return "".join(reversed(bits))
for n in [0, 1, 5, 255, 1024, 2 ** 40 + 3]:
    print(n, to_bin(n), to_bin(n) == bin(n)[2:], int(to_bin(n), 2) == n)
def twos(n, bits=8):
    return format(n & (2 ** bits - 1), f"0{bits}b")
print([twos(v) for v in [0, 1, -1, 127, -128, 5, -5]])
