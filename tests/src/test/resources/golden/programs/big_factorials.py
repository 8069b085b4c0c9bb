def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
for n in [10, 20, 25, 50, 100]:
    f = fact(n)
    s = str(f)
    print(n, len(s), sum(int(c) for c in s), s[:20], len(s) - len(s.rstrip("0")))
print(fact(100) // fact(98), fact(52) // (fact(5) * fact(47)))
def binom(n, k):
    return fact(n) // (fact(k) * fact(n - k))
for n in range(8):
    print(" ".join(str(binom(n, k)) for k in range(n + 1)).center(40).rstrip())
print(2 ** 521 - 1)
print((2 ** 127 - 1) % 1000007, pow(3, 10 ** 5, 10 ** 9 + 7))
