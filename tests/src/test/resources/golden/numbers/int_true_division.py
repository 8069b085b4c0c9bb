# int / int where an operand is past 2**53: the quotient must be the double nearest the exact value,
# ties to even, subnormals and the overflow edge included (one rounding, as CPython does it).
seed = 12345


def rand(bits):
    global seed
    v = 0
    for _ in range(bits // 30 + 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        v = (v << 31) | seed
    return v % (1 << bits) if bits > 0 else 0


# Exact ties between neighbouring doubles at several magnitudes.
for k in [53, 54, 60, 100, 500, 1000]:
    for m in [1, 3, 5, 7, 2**52 + 1, 2**52 + 3]:
        print(k, m, (2**k + m) / 2**k, -(2**k + m) / 2**k, (2**k + m) / -(2**k))

# Just above and below the ties: any remainder breaks them.
for k in [60, 200]:
    a = (2**53 + 1) * 2**k
    print((a + 1) / 2**(k + 53), (a - 1) / 2**(k + 53))

# Random quotients of every size.
for bits_a, bits_b in [(64, 3), (80, 40), (200, 100), (300, 5), (1000, 999), (60, 1100), (2000, 1500), (1100, 2150)]:
    for _ in range(12):
        a = rand(bits_a) + 1
        b = rand(bits_b) + 1
        print(a / b, -a / b, a / -b)

# Subnormals: the smallest one, the tie below it, and quotients between them.
print(1 / 2**1074, 3 / 2**1075, 1 / 2**1075, 1 / 2**1076, 3 / 2**1076, (2**1075 + 1) / 2**2150)
for j in range(1, 20):
    print(j, (2**60 * j + 7) / 2**1120, (10**300 + j) / 10**620)

# The largest finite quotient and the first one past it.
print((2**1024 - 2**971) / 1, (2**1025 - 2**972) / 2)
for a in [2**1024 - 2**970, 2**1024, 2**3000]:
    try:
        print(a / 3 if a == 2**3000 else a / 1)
    except OverflowError as e:
        print("OverflowError", e)

print(0 / 2**70, 0 / -(2**70), -(2**70) / 2**70, 2**70 / 2**70, 10**30 / 10**15, (10**30 + 1) / 3)
