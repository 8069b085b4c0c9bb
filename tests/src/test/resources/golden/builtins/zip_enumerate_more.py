names = ["ann", "bob", "cid"]
ages = [31, 25]
for n, a in zip(names, ages):
    print(n, a)
for i, (n, a) in enumerate(zip(names, ages), start=100):
    print(i, n, a)
print(list(zip(*zip(names, ages))))
print(dict(enumerate(names)), list(enumerate("")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(zip(range(3), range(10, 13), range(20, 23), "abc")))
print(max(zip(ages, names)), min(enumerate(names), key=lambda t: t[1]))
