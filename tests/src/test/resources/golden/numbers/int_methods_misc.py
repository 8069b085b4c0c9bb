print(abs(-7), abs(7), abs(-7.5), abs(0), abs(-(10 ** 20)))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(0, 3))
print(max(3, 7, 1), min(3, 7, 1), max([4, 9, 2]), min((4, 9, 2)))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([]), sum([0.5, 0.25]))
print(pow(2, 5), pow(2, 5, 3), pow(2.0, 3))
n = 0
for i in range(1, 1001):
    n += i * i
print(n)
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x /= 2; print(x)
y = 7
y **= 2; print(y)
print(0.1 + 0.7, 1.1 + 2.2, 3.3 * 3)
