def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "xy"
    yield from [10, 20]
    return "outer done"
print(list(outer()))
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))
def tree(depth, prefix=""):
    if depth == 0:
        yield prefix
        return
    yield from tree(depth - 1, prefix + "L")
    yield from tree(depth - 1, prefix + "R")
print(list(tree(3)))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), {7: 0}, "89")))
g = outer()
print(next(g), next(g))
def delegating_return():
    result = yield from (x for x in [])
    yield result
print(list(delegating_return()))
