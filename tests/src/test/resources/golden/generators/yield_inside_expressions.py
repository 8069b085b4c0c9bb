# A yield inside an expression: what the statement evaluated before the yield (calls, the
# function of a call, an earlier yield's sent value) is evaluated once, not again on resumption.
def side(tag):
    print("side", tag)
    return tag


def g():
    x = side(1) + (yield "a")
    print("x", x)
    y = [side(2), (yield "b"), side(3)]
    print("y", y)
    z = (yield "c") + (yield "d")
    print("z", z)
    print(side(4), (yield "e"), sep="|")
    d = {side("k"): (yield "f")}
    print("d", d)
    return side(5) * (yield "g")


def loop():
    total = 0
    for i in range(3):
        total = total + side(i) + (yield i)
    return total


def run(gen, sends):
    out = [next(gen)]
    try:
        for v in sends:
            out.append(gen.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    print(out)


run(g(), [10, 20, 30, 40, 50, 60, 7])
run(loop(), [100, 200, 300])

def thrower():
    try:
        v = side(4) + (yield 1)
    except ValueError as e:
        print("caught", e)
        v = side(3) + (yield 2)
    yield v

t = thrower()
print(next(t))
print(t.throw(ValueError("boom")))
print(t.send(5))
