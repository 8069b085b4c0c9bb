# Crossing the 64-bit boundary in every operation must promote, never wrap.
M = 9223372036854775807
m = -9223372036854775808
print(M + 1, M + M, m - 1, m + m)
print(M * 2, M * M, m * -1, m * m)
print(-m, abs(m), m // -1, m % -1, divmod(m, -1))
print(M << 1, 1 << 63, m >> 1, m << 1)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(2 ** 63, (-2) ** 63, (-2) ** 64)
acc = 1
for i in range(70):
    acc *= 2
print(acc, acc // 2 ** 69)
x = M
x += 1
print(x, type(x).__name__)
x -= 1
print(x == M, x)
total = 0
for i in range(100):
    total += M
print(total)
print(sum([M, M, 1]), sum([m, -1]))
print(M - m, m - M)
print(int(str(M)) + 1, int(-9.3e18) - int(9.3e18))
fib = [0, 1]
for i in range(100):
    fib.append(fib[-1] + fib[-2])
print(fib[90], fib[92], fib[93], fib[100])
