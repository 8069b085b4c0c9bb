# sum(), any() and all() of a generator expression run its loops without a
# generator; what a program sees must not change: the order and number of
# elements evaluated, short-circuits, the int 0 of an empty sum, a name sum
# that is not the builtin, errors and PEP 479's StopIteration.


def noisy(x):
    print("see", x)
    return x


print(sum(i % 7 for i in range(200000)))
print(sum(x * 0.5 for x in range(30000) if x % 3), sum(x * 0.5 for x in []))
print(sum(a * b for a in range(30) for b in range(a) if (a + b) % 3 == 0))
print(any(noisy(x) > 2 for x in [1, 2, 3, 4, 5]), all(noisy(x) < 2 for x in [1, 2, 3]))
print(any(x for x in []), all(x for x in []))
print(sum(x for x in [True, False, True]), sum(x for x in [1.5, 2]), sum(x for x in [2, 1.5]))
print(sum(v * v for v in [10**10, 10**10, 3]))
words = ["a", "bb", "ccc"]
print(sum(len(w) for w in words), any(w == "bb" for w in words))
k = 3
print(sum(i * k for i in range(100000)), [sum(j * k for j in range(i)) for i in range(5)])
print(sum((i * i for i in range(1000)), ))

it = iter(range(3))
try:
    sum(next(it) for _ in range(5))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

try:
    sum(x for x in 5)
except TypeError as e:
    print("TypeError:", e)

try:
    sum(x for x in ["a", "b"])
except TypeError as e:
    print("TypeError:", e)


def shadowed():
    sum = lambda g: "not the builtin " + str(list(g))
    return sum(x for x in range(3))


print(shadowed())


def rebinds():
    global any
    any = lambda g: "rebound"
    try:
        return any(x for x in range(3))
    finally:
        del any


print(rebinds(), any(x > 1 for x in range(3)))
print(sum(1 / (x - 50000) for x in range(100000) if x != 50000) > 0)


def closing():
    try:
        for i in range(10):
            yield i
    finally:
        print("closed")


# any() stopping early drops the expression, which closes the generator it iterates.
print(any(x > 2 for x in closing()), all(x < 2 for x in closing()), sum(x for x in closing() if x < 3))
print(sum(1 // (x - 150000) for x in range(200000)))
