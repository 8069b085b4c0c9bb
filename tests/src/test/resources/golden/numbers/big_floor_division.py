# Floor division and modulo of big ints whose quotient is small (pidigits' digits), around every
# bound of the fast path: divisors of 63, 64 and 65 bits, quotients up to and past 2**32, exact
# multiples and their neighbours, and the signs that take the general path.
def lcg(state):
    return (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64


def big(state, words):
    value = 0
    for _ in range(words):
        state = lcg(state)
        value = (value << 64) | state
    return state, value


def check(x, y):
    q, r = x // y, x % y
    assert (q, r) == divmod(x, y)
    assert q * y + r == x and (0 <= r < y if y > 0 else y < r <= 0), (x, y, q, r)
    return q, r


state = 12345
total = 0
for words in (1, 2, 3, 8, 40):
    for shift in (0, 1, 2, 7, 30, 31, 32, 33, 40, 64):
        for k in range(6):
            state, y = big(state, words)
            y |= 1 << (64 * words - 1)
            state, extra = big(state, 1)
            x = (y << shift) + extra % y + k
            q, r = check(x, y)
            total = (total * 31 + q + r) % (10 ** 9 + 7)
            check(x - r, y)
            check(x - r - 1, y)
            check(x, x)
            check(y - 1, y)
print("checksum", total)

y = 2 ** 64 + 12345
for q in (0, 1, 9, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 1, 2 ** 40):
    for delta in (-1, 0, 1, y - 1):
        x = q * y + delta
        if x >= 0:
            print(q, delta, check(x, y))
for sx, sy in ((1, -1), (-1, 1), (-1, -1)):
    x, y = sx * (3 * 2 ** 100 + 7), sy * (2 ** 99 + 1)
    print(sx, sy, x // y, x % y)
print((10 ** 40) // (10 ** 39 + 1), (10 ** 40) % (10 ** 39 + 1), (2 ** 64) // (2 ** 64), (2 ** 63) // (2 ** 64))
