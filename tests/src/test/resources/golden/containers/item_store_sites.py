# One store site (and one augmented-assignment site) sees lists of every form a list keeps its items
# in: objects, floats unboxed in a double[], bools in a boolean[], and items pinned off-heap by tier
# 2's loops. Each site remembers the forms it stored into; a new form, a value the form cannot hold,
# a negative or out-of-range index and other containers must all behave as in CPython.


def put(xs, i, v):
    xs[i] = v


def bump(xs, i, d):
    xs[i] += d


def scale(xs, k):
    for i in range(len(xs)):
        xs[i] *= k


floats = [0.5, 1.5, 2.5]
for n in range(300):
    put(floats, n % 3, n * 0.25)
    bump(floats, -1, 1.0)
print(floats)
bools = [True] * 4
for n in range(300):
    put(bools, n % 4, n % 3 == 0)
print(bools)
objects = ["a", None, 3]
for n in range(300):
    put(objects, n % 3, (n, "x"))
print(objects)
pinned = [1.0, 2.0, 4.0]
for n in range(400):
    scale(pinned, 1.0)
scale(pinned, 0.5)
for n in range(300):
    bump(pinned, n % 3, 0.5)
print(pinned)
put(floats, 0, 7)
put(floats, 1, float("nan"))
print(floats, [type(x).__name__ for x in floats])
put(bools, 0, 0)
bump(bools, 1, True)
print(bools)
ints = [1, 2, 3]
for n in range(300):
    bump(ints, n % 3, 2)
bump(ints, 0, 2 ** 70)
bump(ints, 1, 0.5)
print(ints)
table = {"k": 1.0}
bump(table, "k", 2.0)
put(table, 5, "five")
print(table)
for bad in ([1.0, 2.0], "text", (1, 2)):
    try:
        put(bad, 5 if isinstance(bad, list) else 0, 1.0)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bump([0.5], -2, 1.0)
except IndexError as e:
    print("IndexError", e)
