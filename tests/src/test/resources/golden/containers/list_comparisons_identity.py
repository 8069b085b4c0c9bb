a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a != b, [a] == [b], [a] == [c])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [[]], [[1]] < [[2]], [1, "a"] == [1, "a"])
print(a in [b], a in [[0]], [] in [[]], (1, 2) in [(1, 2)], [1, 2] == (1, 2))
nested = [a, a]
a.append(4)
print(nested, nested[0] is nested[1])
copy = nested[:]
copy[0] = "replaced"
print(nested, copy)
print(list(a) is a, list(a) == a, a[:] is a, a.copy() == a)
