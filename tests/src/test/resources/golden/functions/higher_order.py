def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, *first):
    return lambda *rest: f(*first, *rest)
add3 = lambda a, b, c: a + b + c
print(curry(add3, 1)(2, 3), curry(add3, 1, 2)(3), curry(curry(add3, "a"), "b")("c"))
def reduce(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a + b, range(10), 0), reduce(lambda a, b: a * b, range(1, 10), 1), reduce(max, [3, 9, 2], 0))
print(list(map(lambda f: f(10), [inc, dbl, str, float])))
print(sorted(range(-5, 6), key=abs), sorted(range(-5, 6), key=lambda x: (abs(x), x)))
apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(dbl, 10)(1))
