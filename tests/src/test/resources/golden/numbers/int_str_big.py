n = 2 ** 200
s = str(n)
print(s, len(s))
print(int(s) == n, int("-" + s) == -n)
print(n * n, n // 3, n % 1000007)
print(hex(n), oct(n)[:20], bin(n)[:10], len(bin(n)))
print(f"{n:,}", f"{n:_}", f"{n:x}", f"{-n:>70}")
print(repr(n), str(-n))
m = 1
for i in range(1, 40):
    m = m * 10 + i % 10
print(m, m % 97, m // 10 ** 30)
