for a in [13, -13, 0, 2 ** 65, -(2 ** 65)]:
    for b in [4, -4, 2 ** 33, -(2 ** 33)]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
for a in [5.5, -5.5]:
    for b in [2, -2, 0.75]:
        print(a, b, divmod(a, b), a // b, a % b)
