vals = [0.1, 0.5, 1.5, -2.25, 3.0, 1e10, 1e-10]
for a in vals[:4]:
    for b in vals[2:]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b)
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 0.0 ** 0.0)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2)
