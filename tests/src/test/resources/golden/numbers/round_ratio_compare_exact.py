# round() of ints to tens, hundreds, ...; float.as_integer_ratio(); floats compared with ints past
# 2**53: all exact, with no decimal arithmetic in between.
v = 10**2000
print(round(v, -1001) == v, round(v + 5 * 10**999, -1000) == v, round(v + 15 * 10**999, -1000) == v + 2 * 10**1000)
w = 10**100002
print(round(w, -100001) == w, round(w + 10**100001 // 2, -100001) == w, round(w + 10**100000, -100001) == w)
print(round(-v, -2001), round(-v, -2000) == -v, round(v, -2000) == v, round(5 * 10**1999, -2000))
print(round(15, -1), round(25, -1), round(-25, -1), round(35, -1), round(149, -2), round(150, -2), round(250, -2),
      round(251, -2), round(-251, -2), round(5, -1), round(4, -1), round(0, -3), round(7, -100), round(-7, -1))
print(round(2**70 + 2**69, -20), round(123456789012345678901234567890, -15), round(True, -1), round(-10**19 - 5, -1))

for d in [0.5, -0.75, 1e300, 5e-324, 3.0, -2.0**60, 0.1, 1.5e-10, -0.0, 0.0, 2.0**-1022, 1.7976931348623157e308, 12345.6789]:
    print(d, d.as_integer_ratio())

big = 2**80
for x in [1.2089258196146292e+24, 1.2089258196146291e+24, 1.2089258196146294e+24, -1.2089258196146292e+24, 1.5,
          2.0**80, 2.0**80 + 2**28, float('inf'), -float('inf'), float('nan')]:
    print(x, x < big, x <= big, x == big, x > big, x >= big, x != big, big < x, -big > -x)
print(2.0**80 + 0.0 == 2**80, 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0,
      2**53 + 1 < 2.0**53 + 2, 1e20 < 10**20 + 1, 1e20 == 10**20, 1e20 > 10**20 - 1, -1e20 < -(10**20) + 1)
print(0.5 < 2**64, -0.5 > -(2**64), 2.5 > 2, 1e308 < 10**400, -1e308 > -(10**400), 2**64 + 0.5 > 2**64, 0.1 < 2**63)
