def inner(n):
    try:
        for i in range(n):
            x = yield i
            if x is not None:
                print("inner got", x)
        return "inner done"
    finally:
        print("inner finally")
def middle(n):
    r = yield from inner(n)
    print("middle got", r)
    try:
        yield from bad()
    except ValueError as e:
        print("middle caught", e)
    yield from bad()
def bad():
    yield 100
    raise ValueError("boom")
g = middle(3)
print(next(g))
print(g.send("hello"))
print(next(g), next(g))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("outer caught", e)
def deep(n):
    if n == 0:
        yield 1
    else:
        yield from deep(n - 1)
try:
    print(sum(deep(5000)))
except RecursionError as e:
    print("RecursionError", e)
print(sum(deep(900)))
def tb():
    yield from middle(1)
for v in tb():
    print("v", v)
