# Intermediate ints in a native loop: each taken by the next micro-op from rax (and not
# stored when nothing else reads it), from its slot when something does, at a jump target,
# in branches, updates of locals kept in registers, conversions; and overflows into big
# ints at every point of such a chain, which tier 1 redoes exactly.

def chains(n, base):
    t = 0
    u = 1
    odd = 0
    f = 0.0
    for j in range(n):
        s = base + j
        a = s * (s + 1) // 2 + j + 1
        b = (s - 3) * 7 % 11 - (j ^ 5) + (s & 12 | 3)
        c = 100 - s * 3
        d = (a >> 2) + (b << 1)
        t += a * b
        t -= c * 2
        u *= (j % 3) + 1
        u = u % 1000003
        if s * s > 50:
            odd += 1
        if (a - b) % 4 == 1:
            odd += 2
        f += float(s * 3) * 0.5 + a / 7 - (d + 1) / 3.0
        if j * 2 < f:
            f -= 1.0
    return t, u, odd, f

def overflowing(n, big):
    # `big` near 2**63: the chain overflows at its first, middle or last step as j grows.
    out = []
    for j in range(n):
        x = big + j * 4
        y = x * 2 - j
        z = (y + x) // 3 + 1
        out.append((x, y, z))
    return out

def square_sums(n):
    total = 0
    k = 1
    while k < n:
        total += k * k * k * k * k * k * k
        k += 1
    return total

for base in (0, 5, -40, 3037000499, -3037000500):
    print(chains(12, base))
for big in (2**62 - 5, 2**62 + 2**61, 2**63 - 20, -2**63 + 3):
    print(overflowing(6, big))
print(square_sums(60), square_sums(600))

def by_literals(lo, hi):
    # Floor division and modulo by literals, done by multiplication: negative dividends, a
    # recurrence through the remainder, and the extremes of 64 bits.
    s = 0
    h = 5
    for i in range(lo, hi):
        s += i * 7919 % 641 - i // 12 + (i * i * i) % 1000003 - (i * 31) // 7
        h = (h * 1103515245 + 12345) % 2147483647
    return s, h, (9223372036854775807 + lo - lo) // 3, (-9223372036854775807 - 1 + hi - hi) % 7

print(by_literals(-3000, 3000), by_literals(-5, 40))
