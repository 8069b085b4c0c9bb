def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
for n in [2, 12, 360, 97, 1001, 65536, 600851475143, 2 ** 40 - 1, 9999999967]:
    f = factorize(n)
    check = 1
    for p, e in f.items():
        check *= p ** e
    print(n, "=", fmt(f), check == n)
def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))
print(divisors(360), len(divisors(720720)))
