# __slots__: instances of a class whose bases all declare slots have no __dict__ and no other
# attributes; a base without slots (or '__dict__' among them) gives them a __dict__ again.
class V:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


v = V(1)
for attempt in range(3):
    try:
        v.z = 2
    except AttributeError as e:
        print("AttributeError:", e)
try:
    v.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(v)
except TypeError as e:
    print("TypeError:", e)
try:
    v.y
except AttributeError as e:
    print("AttributeError:", e)
v.y = 5
print(v.x, v.y)
del v.y
print(hasattr(v, "y"))


class W(V):
    pass


w = W(1)
w.z = 3
print(w.z, vars(w))


class U(V):
    __slots__ = ("z",)


u = U(2)
u.z = 1
print(u.x, u.z)
try:
    u.q = 1
except AttributeError as e:
    print("AttributeError:", e)

try:
    class K:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class S:
    __slots__ = "one"


s = S()
s.one = 1
try:
    s.two = 2
except AttributeError as e:
    print("AttributeError:", e)


class D:
    __slots__ = ("a", "__dict__")


d = D()
d.b = 2
print(d.b, vars(d))

points = [V(i) for i in range(5)]
total = 0
for p in points:
    p.y = p.x * 2
    total += p.x + p.y
print(total)
