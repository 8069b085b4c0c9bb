def power(exp):
    def raise_to(base):
        return base ** exp
    return raise_to
square = power(2)
cube = power(3)
print(square(5), cube(5), power(10)(2))
def memo(fn):
    cache = {}
    def wrapped(*args):
        if args in cache:
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapped.cache = cache
    return wrapped
@memo
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 10, str, lambda s: s + "!")
print(p(4))
def make_multipliers():
    return {name: (lambda x, m=m: x * m) for name, m in [("double", 2), ("triple", 3)]}
ms = make_multipliers()
print(ms["double"](7), ms["triple"](7))
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
calls = []
init = once(lambda: calls.append("init") or len(calls))
print(init(), init(), init(), calls)
