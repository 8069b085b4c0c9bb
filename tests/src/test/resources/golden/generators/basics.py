def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)), list(count_up(0)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def with_return():
    yield 1
    yield 2
    return "done"
gen = with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
def lazy():
    print("started")
    yield "a"
    print("resumed")
    yield "b"
    print("finishing")
l = lazy()
print("created")
print(next(l))
print(next(l))
print(next(l, "end"))
def gen_in_loop():
    for x in "abc":
        for y in range(2):
            yield x * (y + 1)
print(list(gen_in_loop()))
it = iter(count_up(3))
print(it is iter(it), list(it), list(it))
print(type(count_up(1)).__name__)
def evens(seq):
    for v in seq:
        if v % 2 == 0:
            yield v
print(list(evens(fib_v for fib_v in range(20))))
squares = (x * x for x in range(6))
print(next(squares), list(squares))
print(max(x % 7 for x in range(100)), "".join(c.upper() for c in "gen"))
