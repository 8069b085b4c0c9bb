# set.difference keeps CPython's iteration order: with a set or a dict, a new set is built (or a copy
# made, when the other is much smaller); with any other iterable, a copy loses the elements.
x, y, z = -10, -9, 7
print({x, y, z}.difference([y]))
print({x, y, z}.difference({y}))
print({x, y, z}.difference({y: 1}))
print({x, y, z}.difference())
print({x, y, z, 100, -100}.difference([y], (z,), {100}))
s = set(range(-20, 20, 3))
for k in range(-20, 20, 7):
    s.discard(k)
print(s.difference([1, 4]), s.difference({1, 4}), s.difference(range(-5, 5)))
print(frozenset([3, -3, 9, -9]).difference([9]))
