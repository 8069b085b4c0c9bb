# generator.throw() raises at the suspended yield (into a yield-from delegate first), close()
# throws GeneratorExit there so that finally blocks run, as CPython does.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

g = gen()
print(next(g))
g.close()
print(list(g), g.close())

def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", repr(e))
            yield "after-error"

c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("boom")))
print(next(c))
print(c.throw(ValueError))
print(next(c))
try:
    c.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e))
print(list(c))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return 5

r = returns()
next(r)
print(r.close())

fresh = gen()
fresh.close()
print(list(fresh))
try:
    gen().throw(IndexError("fresh"))
except IndexError as e:
    print("fresh throw", e)

def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner closed")

def outer():
    try:
        r = yield from inner()
        yield "o"
    finally:
        print("outer closed")

o = outer()
print(next(o))
o.close()

def inner2():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
    return "inner done"

def outer2():
    v = yield from inner2()
    print("outer got", v)
    yield "outer next"

o2 = outer2()
next(o2)
print(o2.throw(ValueError))
print(next(o2))
o3 = outer2()
next(o3)
try:
    o3.throw(TypeError("not handled"))
except TypeError as e:
    print("TypeError", e)

def over_list():
    try:
        yield from [1, 2, 3]
    finally:
        print("list delegate closed")
ol = over_list()
next(ol)
ol.close()
try:
    g2 = gen(); next(g2); g2.throw(1)
except TypeError as e:
    print("TypeError:", e)
