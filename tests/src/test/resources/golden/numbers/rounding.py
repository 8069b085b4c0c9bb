for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999, 2.675, 1.005, 7, -7, 0.0]:
    print(repr(v), round(v), type(round(v)).__name__)
for v in [2.675, 1.005, 0.125, 0.375, 2.5, 1234.5678, -1234.5678, 0.0001234]:
    print(v, round(v, 2), round(v, 1), round(v, 0), round(v, 3))
print(round(1234567, -2), round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(-15, -1))
print(round(123.456, -1), round(123.456, -2), round(153.0, -2))
print(round(2 ** 70 + 5, -1), round(10 ** 20, -19))
print(round(True), round(False), round(7, 0), round(7, 3))
print(round(0.5 + 1e-16), round(-0.4), round(-0.6))
print(round(1e300), round(1.25, 1), round(1.35, 1), round(1.45, 1))
print(round(2.5, None), round(3.5, None))
