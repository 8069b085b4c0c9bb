# sum(), any(), all(), min(), max() and next() of generators: ints past 64 bits, floats, bools, strings that cannot be
# added, exceptions raised inside the generator, a generator already running, and the same call
# sites seeing generators of other bodies and other iterables.


def count(n):
    for i in range(n):
        yield i


def edges():
    yield 2 ** 62
    yield 2 ** 62
    yield -(2 ** 63)
    yield 1.5
    yield True


print(sum(count(10)), sum(count(0)), sum(edges()))
print(sum(x * 0.5 for x in count(5)), sum(x > 2 for x in count(6)))
print(any(x > 5 for x in count(10)), all(x < 5 for x in count(10)), any(count(0)), all(count(0)))
print(any(s for s in ["", 0, None, "a"]), all(s for s in ["a", 1, [0]]), any(x for x in [[], ()]))


def mixed():
    yield 1
    yield "a"


try:
    sum(mixed())
except TypeError as e:
    print("TypeError:", e)


def failing(after):
    for i in range(after):
        yield i
    raise ValueError("failed after " + str(after))


print(max(x % 7 for x in count(20)), min(x % 7 - 3 for x in count(20)), max(edges()), min(edges()))
print(max((x % 3, -x) for x in count(9)), min(str(x) for x in count(12)), max(x * 0.5 for x in count(3)))
for reduce in (min, max):
    try:
        reduce(count(0))
    except ValueError as e:
        print("ValueError:", e)
    try:
        reduce(x for x in [1, "a"])
    except TypeError as e:
        print("TypeError:", e)

for reduce in (sum, any, all, min, max):
    try:
        print(reduce.__name__, reduce(x + 1 for x in failing(3)))
    except ValueError as e:
        print(reduce.__name__, "ValueError:", e)


def short_circuit():
    seen = []

    def gen():
        for i in range(10):
            seen.append(i)
            yield i

    print(any(x == 3 for x in gen()), seen)
    seen.clear()
    print(all(x < 2 for x in gen()), seen)


short_circuit()


def reentrant():
    def gen():
        yield 1
        yield sum(me)

    me = gen()
    return sum(me)


try:
    reentrant()
except ValueError as e:
    print("ValueError:", e)


def site(make, k):
    return sum(make(k)) + any(make(k)) + all(make(k)) + max(make(k + 1)) - min(make(k + 1))


def squares(n):
    for i in range(n):
        yield i * i


total = 0
for k in range(300):
    total += site(count, k % 7) + site(squares, k % 5) + site(lambda n: [n, n], k % 3)
print(total)
print(sum(count(2 ** 20)), sum(2 ** 40 for _ in range(2 ** 12)))


def returns():
    yield 1
    return "done"


g = returns()
print(next(g))
for attempt in ("first", "again"):
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", attempt, e.value)


def take(source, k):
    for _ in range(k):
        yield next(source)


print(sum(take(count(100), 50)), next(count(3)), next(x * 2 for x in count(4)))
try:
    print(list(take(count(3), 5)))
except RuntimeError as e:
    print("RuntimeError:", e)
