# pow(b, e, m) of ints in compiled code: modular exponentiation in 64 bits (products of 128 bits),
# with tier 1 answering negative exponents (inverses), moduli below 1 and big ints.


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d = n - 1
    s = 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        composite = True
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                composite = False
                break
        if composite:
            return False
    return True


def count_primes(lo, hi):
    c = 0
    for n in range(lo, hi):
        if is_probable_prime(n):
            c += 1
    return c


def one(b, e, m):
    r = 0
    for _ in range(2):
        r = pow(b, e, m)
    return r


print(count_primes(1, 20000), count_primes(10 ** 12, 10 ** 12 + 2000), count_primes(2 ** 62, 2 ** 62 + 300))
edge = [0, 1, -1, 2, -7, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 10 ** 18 + 9]
out = []
for b in edge:
    for e in (0, 1, 2, 61, 2 ** 63 - 1):
        for m in (1, 2, 97, 2 ** 63 - 1, 10 ** 18 + 9):
            out.append(one(b, e, m))
print(len(out), sum(out) % 1000000007, out[::37])
print(one(3, -1, 7), one(5, 3, -7))
try:
    one(2, 5, 0)
except ValueError as e:
    print("ValueError", e)
try:
    one(2.0, 5, 7)
except TypeError as e:
    print("TypeError", e)
print(one(2 ** 70, 3, 10 ** 9 + 7), one(3, 2 ** 70, 10 ** 9 + 7))
