square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
fns = [lambda x, i=i: x * i for i in range(4)]
print([fn(10) for fn in fns])
late = [lambda x: x * i for i in range(4)]
print([fn(10) for fn in late])
print((lambda *a, **k: (a, k))(1, 2, z=3))
cond = lambda x: "big" if x > 5 else "small"
print(cond(3), cond(30))
print((lambda x: (lambda y: x + y))(3)(4))
print(square.__name__, (lambda: 0).__name__)
