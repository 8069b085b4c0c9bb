s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
s.add(4)
s.add(1)
print(s)
s.remove(2)
s.discard(10)
s.discard(3)
print(s)
print(set(), set([1, 2, 2, 3]), set(range(5)), set((5, 5, 6)))
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.union([7], (8,)))
print(a <= b, {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a == {4, 3, 2, 1})
c = set(a)
c.update([10, 11], {12})
print(c)
c |= {20}
c &= {1, 2, 10, 20, 30}
c -= {1}
c ^= {2, 99}
print(c)
p = {7}
print(p.pop(), p)
print(sorted({5, -1, 3}), sum({1, 2, 3}), max({4, 8}), min({4, 8}))
print({x % 4 for x in range(20)})
print(set([1, 1.0, True]), {0, False, 0.0})
e = {1, 2}
f = e.copy() if hasattr(e, "copy") else set(e)
f.add(3)
print(e, f)
print(len(set()), bool(set()), bool({0}))
try:
    set().pop()
except KeyError as ex:
    print("KeyError", ex)
try:
    {1}.remove(2)
except KeyError as ex:
    print("KeyError", ex)
