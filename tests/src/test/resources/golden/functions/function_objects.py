def square(x):
    return x * x
def apply(fn, values):
    return [fn(v) for v in values]
print(apply(square, [1, 2, 3]), apply(abs, [-1, -2]), apply(str, [1, 2]))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](6, 7))
print(square.__name__, apply.__name__, callable(square), callable(5), callable(len), callable(int))
alias = square
print(alias(9), alias is square, alias == square)
def make_list(*fns):
    return [f(2) for f in fns]
print(make_list(square, float, str, bool))
funcs = []
for i in range(3):
    def f(x, i=i):
        return x + i
    funcs.append(f)
print([fn(100) for fn in funcs])
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
print(type(square).__name__, type(len).__name__)
