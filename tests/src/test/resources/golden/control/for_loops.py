for x in [1, 2, 3]:
    print(x)
for ch in "abc":
    print(ch, end="")
print()
for i, v in enumerate(["a", "b"]):
    print(i, v)
for k in {"one": 1, "two": 2}:
    print(k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i in range(3):
    pass
print("i after loop", i)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("else on empty")
for x in range(10):
    if x == 3:
        continue
    if x == 6:
        break
    print("x", x)
else:
    print("not reached")
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for item in row:
        total += item
print(total)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("iter", x)
for x in (i * i for i in range(4)):
    print("gen", x)
for _ in range(2):
    print("underscore")
for x in range(5, 0, -2):
    print(x)
d = {"x": 1}
for d["x"] in [7, 8]:
    pass
print(d)
class Box:
    pass
b = Box()
for b.val in "pq":
    pass
print(b.val)
