a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a, 0, *a], [*"hi", *range(2)])
print(*a, *b)
d1 = {"x": 1}
d2 = {"y": 2, "x": 9}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, {**d1, "x": 100})
print([*[], *()], {**{}})
print((*a,), [*a])
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, **d1, **{"z": 3}))
first, *_ = [*b, *a]
print(first)
print([*{1: "a", 2: "b"}], [*{1: "a"}.values()])
nested = [[*row, 0] for row in [[1], [2, 3]]]
print(nested)
print({*range(3), *range(2, 5)})
