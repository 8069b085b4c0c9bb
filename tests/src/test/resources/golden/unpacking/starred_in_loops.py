rows = [(1, 2, 3, 4), (5, 6), (7,)]
for first, *rest in rows:
    print(first, rest)
for *init, last in rows:
    print(init, last)
data = [("ann", 90, 85, 77), ("bob", 60, 70)]
for name, *scores in data:
    print(name, sum(scores) / len(scores), max(scores))
head, *tail = range(1)
print(head, tail)
a, *b = "x"
print(a, b)
[x, *y], z = "ab", "c"
print(x, y, z)
