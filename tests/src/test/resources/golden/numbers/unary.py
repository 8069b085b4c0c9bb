for v in [0, 5, -5, 2.5, -0.0, True, False, 10 ** 20]:
    print(repr(v), -v, +v, abs(v))
for v in [0, 5, -5, True, False, 2 ** 65]:
    print(v, ~v)
print(- - 5, - + - 5, not 0, not 5, not not [])
print(-(-9223372036854775808))
print(type(-True), type(+True), -True, +True)
x = 3
print(-x ** 2, (-x) ** 2)
