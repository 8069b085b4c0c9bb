# a, b = x, y stores after evaluating every value, whatever the targets are.

a, b = 1, 2
a, b = b, a
print(a, b)

x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)

# values see the old bindings, even when a later target is read by an earlier value
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
print(p, q)

# lists on either side, and items and attributes as targets
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
[m, n] = [lst[1], lst[0]]
print(m, n)
i = 0
i, lst[i] = 2, 99
print(i, lst)


class Point:
    def __init__(self):
        self.x, self.y = 1.5, -2.5


pt = Point()
pt.x, pt.y = pt.y, pt.x
print(pt.x, pt.y)

# evaluation order: all values left to right, then targets left to right
log = []


def v(name, value):
    log.append("value " + name)
    return value


class Recorder:
    def __setitem__(self, key, value):
        log.append(f"store {key}={value}")


r = Recorder()
r["a"], r["b"], r["c"] = v("1", 1), v("2", 2), v("3", 3)
print(log)

# an error in a value leaves every target untouched
s, t = "s", "t"
try:
    s, t = "new", 1 // 0
except ZeroDivisionError as e:
    print("error", e, s, t)

# an error in a target comes after all values were evaluated
log.clear()
try:
    (1).real, u = v("a", 1), v("b", 2)
except AttributeError as e:
    print("error", e, log)


# in functions and generators, with nested unpacking targets
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def pairs(n):
    a, b = 0, 1
    while a < n:
        yield a
        a, b = b, a + b


print(fib(90), list(pairs(100)))
(c1, c2), c3 = (1, 2), 3
print(c1, c2, c3)
c1, (c2, c3) = c3, (c2, c1)
print(c1, c2, c3)

# a length mismatch keeps CPython's messages
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print(e)
