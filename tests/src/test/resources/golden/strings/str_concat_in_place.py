# Growing a str with += or x = x + piece: pyjit appends to a builder once the str is long,
# and every read of the variable must still see an ordinary, immutable str.
def build(n):
    s = ""
    for i in range(n):
        s += "x"
        if i % 5000 == 0:
            print(len(s), s[-3:])
    return s


def aliases():
    s = "a" * 300
    t = s
    s += "b"
    print(len(t), len(s), t is s, s[-2:])
    for i in range(1000):
        s += str(i)
        u = s
        s += "!"
        if i == 999:
            print(len(u), len(s), u[-6:], s[-6:])
    try:
        s += 5
    except TypeError as e:
        print(e)
    s += "end"
    print(s[-10:], type(s).__name__, s.endswith("end"), hash(s) == hash(s[:]), s == s[:])

    class Tail:
        def __radd__(self, other):
            return "Tail" + str(len(other))

    s += Tail()
    print(s)
    del s
    try:
        print(s)
    except UnboundLocalError as e:
        print(e)


def lines(n):
    out = ""
    for i in range(n):
        out += "line %d\n" % i
        if i % 100 == 99:
            yield len(out)


def plus(n):
    s = ""
    items = []
    x = 0
    for i in range(n):
        s = s + chr(97 + i % 26)
        items = items + [i]
        x = x + i
    t = "q" * 400
    t = t + "end"
    print(len(s), s[-5:], len(items), x, t[-4:], len(t))
    v = [1]
    w = v
    v = v + [2]
    print(v, w)
    try:
        s = s + 1
    except TypeError as e:
        print(e)
    s = s + "é€😀"
    print(s[-4:], len(s))
    return s


def captured():
    s = "c" * 300

    def inner():
        return len(s)

    for i in range(10):
        s += "d"
    return inner(), s[-3:]


print(len(build(20000)))
aliases()
print(sum(lines(1000)))
print(len(plus(3000)))
print(captured())
