# A generator that only a loop or a consuming builtin holds is closed where CPython's reference
# count drops it (its finally blocks run then); one that something else still holds is not.


def gen(tag, n=3):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", tag)


class Box:
    def items(self, tag):
        try:
            yield 10
            yield 20
        finally:
            print("closed", tag)


for x in gen("loop"):
    break
print("after loop")
for x in Box().items("method"):
    break
print("after method loop")
print([x for x in gen("listcomp")])
print(max(gen("max")), min(x for x in gen("min-genexpr")))
print(sum(gen("sum")))
print(any(x > 0 for x in gen("any")), all(x < 0 for x in gen("all")))
print(next(gen("next")))
try:
    sum(x if x < 1 else "s" for x in gen("sum-error"))
except TypeError as e:
    print("TypeError", e)
print(next(Box().items("next-method")))
print(next(x for x in gen("nested") if x > 0))


def outer():
    for v in (y * 2 for y in gen("genexpr-in-loop")):
        return v


print(outer())
print("after outer")

# Still held elsewhere: iter(g) and a function returning its argument give back g itself.
g = gen("kept")
for x in iter(g):
    break
print("next of kept:", next(g))


def same(it):
    return it


h = gen("passed through")
for x in same(h):
    break
print("next of passed through:", next(h))


def any(it):
    return "a user's any"


print(any(gen("shadowed")))
print("end")


# Made by the call, though not by a generator function of its own: a wrapper's, a decorated one's.
def deco(f):
    def wrapper(*args):
        return f(*args)
    return wrapper


@deco
def decorated(tag):
    yield from gen(tag)


def make(tag):
    return gen(tag)


for x in make("made by a function"):
    break
print("after made")
for x in decorated("decorated"):
    break
print("after decorated")
print(next(make("next of made")))
saved = []


def keep(g):
    saved.append(g)
    return g


# Made by an argument, and kept by the callee: not the loop's own.
for x in keep(gen("kept by keep")):
    break
print("next of kept:", next(saved[0]))
print("really the end")
