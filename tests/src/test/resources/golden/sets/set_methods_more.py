a = set(range(10))
b = {x * 2 for x in range(8)}
print(sorted(a), sorted(b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(b.difference(a)))
print(sorted(a.intersection(b, {0, 2, 99})), sorted(a.union({100}, [200])))
s = set()
for w in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    s.add(w)
print(sorted(s), len(s))
s.update(range(3), [100])
print(sorted(s))
s.discard(100)
s.discard(100)
s.remove(9)
print(sorted(s))
x = {5}
y = x
x |= {6}
print(x is y, y)
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2, 3} > {3}, {1} >= set())
popped = []
q = {4, 2, 8}
while q:
    popped.append(q.pop())
print(sorted(popped), q)
