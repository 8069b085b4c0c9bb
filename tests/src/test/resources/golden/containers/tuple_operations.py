points = [(3, 4), (1, 1), (0, 5), (-2, 2)]
print(sorted(points), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(max(points), min(points, key=lambda p: p[1]))
x, y = zip(*points)
print(x, y)
print(tuple(map(sum, points)))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 2, tuple(reversed((1, 2, 3))))
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(1, 0)], (0, 0) in coords)
record = ("name", 42, 3.14, None, True)
for i, v in enumerate(record):
    print(i, repr(v), type(v).__name__)
print(record[1:3], record[::-1], len(record), record.index(3.14), record.count(None))
print((1, [2]) == (1, [2]), (1, 2) < (1, 2, 0), ((1, 2), 3) > ((1, 1), 9))
print(tuple(), (), tuple(()) == ())
a = 1, 2, 3
print(a, type(a).__name__)
