data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print("long list", n)
print(n)
results = [y for x in data if (y := x * 2) > 10]
print(results, y)
i = 0
while (i := i + 1) < 5:
    print("i", i)
values = []
chunks = iter([[1, 2], [3], [], [4]])
while (chunk := next(chunks, None)) is not None:
    values.extend(chunk)
print(values)
print((a := 10), a + 1)
def f(x):
    return (s := x * x) + s
print(f(3))
stats = [(v, sq) for v in range(5) if (sq := v * v) % 2 == 0]
print(stats, sq)
print([last := z for z in range(3)], last)
def g():
    [(w := k) for k in range(4)]
    return w
print(g())
total = 0
print(any((total := total + v) > 10 for v in data), total)
