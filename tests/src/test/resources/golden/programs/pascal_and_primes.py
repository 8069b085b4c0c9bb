row = [1]
for n in range(12):
    print(" ".join(map(str, row)).center(60).rstrip())
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
def goldbach(n):
    primes = [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
    ps = set(primes)
    for p in primes:
        if n - p in ps:
            return p, n - p
print([goldbach(n) for n in range(4, 40, 2)])
