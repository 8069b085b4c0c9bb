a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
x, y = 0, 1
for _ in range(10):
    x, y = y, x + y
print(x, y)
first, second, *others = sorted([5, 2, 9, 1, 7])
print(first, second, others)
*front, back = "hello"
print(front, back)
((a, b), (c, d)) = [(1, 2), [3, 4]]
print(a, b, c, d)
for i, (key, (v1, v2)) in enumerate({"p": (1, 2), "q": (3, 4)}.items()):
    print(i, key, v1 + v2)
