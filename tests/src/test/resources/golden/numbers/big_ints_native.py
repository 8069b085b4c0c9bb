# Ints of any size in a loop region: each operator on both signs and many sizes,
# folded into a checksum; the loop compiles with its ints already big.
def check(seed, rounds):
    state = seed * 18446744073709551616 + 12345
    checksum = 0
    a = 0
    for i in range(rounds):
        state = (state * 6364136223846793005 + 1442695040888963407) % 170141183460469231731687303715884105727
        size = state % 7
        a = state
        while size > 0:
            a = a * state + size
            size -= 1
        if state % 3 == 0:
            a = -a
        b = state // 1000000000000 - 85070591730234615865
        if state % 5 == 0:
            b = b * b * b
        if state % 11 == 0:
            b = state % 1000 - 500
        if b == 0:
            b = 7
        q = a // b
        r = a % b
        if q * b + r != a:
            checksum = -1
        if a > b:
            checksum += 1
        if a <= -b:
            checksum -= 3
        if a - b == -(b - a):
            checksum += 5
        checksum = (checksum * 31 + q - r + a * b + (b - a)) % 340282366920938463463374607431768211297
    return checksum, a % 1000000007, b


print(check(12345, 300))
print(check(99, 40))
print(check(7, 1))


# A spigot with continue, as pidigits runs it: three ints that grow without bound.
def spigot(count):
    num, acc, den, k = 1, 0, 1, 0
    digits = []
    while len(digits) < count:
        k += 1
        odd = 2 * k + 1
        acc = (acc + 2 * num) * odd
        den = den * odd
        num = num * k
        if num > acc:
            continue
        low = (3 * num + acc) // den
        high = (4 * num + acc) // den
        if low != high:
            continue
        digits.append(low)
        acc = 10 * (acc - den * low)
        num = 10 * num
    return "".join([str(d) for d in digits])


print(spigot(300))


# Ints crossing the 62-, 63- and 64-bit borders both ways, and back into 64-bit locals and lists.
def borders():
    x = 4611686018427387904 * 4
    seen = []
    steps = 0
    while x > -36893488147419103232:
        x = x - 1537228672809129301
        small = x // 1000000000000
        if -4611686018427387904 <= x < 4611686018427387904:
            seen.append(x % 1000)
        steps += 1
    return steps, x, small, seen[:5], len(seen)


print(borders())


# A zero divisor with a big dividend raises in tier 1, after the loop's earlier iterations.
def divide_all(values):
    total = 18446744073709551616 * 3
    for v in values:
        total = total + total // v
    return total


try:
    print(divide_all([3, 5, -7, 0, 2]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divide_all([3, 5, -7, 11]))


# An iteration whose temporaries fill the arena, and products too long for schoolbook.
def grow(rounds, steps):
    total = 18446744073709551616
    for r in range(rounds):
        x = total
        j = 0
        while j < steps:
            x = x * 18446744073709551557 + j
            j += 1
        total = total + x % 1000000007 + x * x % 998244353
    return total


print(grow(3, 1500))
print(grow(4, 50))


# Quotients of one limb (operands of equal length), which a single pass finds, and their remainders.
def same_size(seed, rounds):
    state = seed * 340282366920938463463374607431768211297 + 99
    out = 0
    for i in range(rounds):
        state = (state * 6364136223846793005 + 1442695040888963407) % 115792089237316195423570985008687907853269984665640564039457584007913129639747
        a = state * (state // 3 + 1)
        b = state * (state // (i % 9 + 2) + 5) + i
        if i % 4 == 1:
            a = -a
        if i % 6 == 2:
            b = -b
        if i % 10 == 3:
            a = b * 7
        q = a // b
        r = a % b
        out = (out * 1000003 + q * 31 + r) % 340282366920938463463374607431768211297
    return out


print([same_size(s, 60) % 1000000007 for s in range(12)])
