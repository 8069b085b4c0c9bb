# Attribute reads and method calls at one site while shapes, classes and class attributes change:
# each read must see what CPython sees, whatever the site cached before.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


def read_x(o):
    return o.x


def call_norm(o):
    return o.norm()


# One site, many shapes: attributes added in different orders and numbers.
objs = []
for k in range(7):
    p = Point(k, -k)
    for j in range(k):
        setattr(p, "extra%d" % j, j)
    objs.append(p)
print([read_x(p) for p in objs])
print([call_norm(p) for p in objs])

# The value's type changes under the same name (the object model may move the attribute).
p = Point(1, 2)
for v in [3, 4.5, "five", None, [6], 7]:
    p.x = v
    print(repr(read_x(p)))

# A data descriptor added to the class later takes precedence over the instance's own attribute.
q = Point(10, 20)
print(read_x(q), read_x(q))
Point.x = property(lambda self: "property x", lambda self, v: None)
print(read_x(q), read_x(Point(30, 40)))
del Point.x
print(read_x(q))

# A plain class attribute does not shadow the instance's own.
Point.x = "class x"
print(read_x(q))
del q.x
print(read_x(q))
del Point.x
try:
    read_x(q)
except AttributeError as e:
    print("AttributeError:", e)


# An instance attribute shadows the method at a call site that called the method before.
r = Point(3, 4)
print(call_norm(r), call_norm(r))
r.norm = lambda: "own norm"
print(call_norm(r))
del r.norm
print(call_norm(r))


# Assigning __class__ keeps the attributes but changes what the class contributes.
class Labelled:
    @property
    def x(self):
        return "labelled x"

    def norm(self):
        return "labelled norm"


s = Point(5, 6)
print(read_x(s), call_norm(s))
s.__class__ = Labelled
print(read_x(s), call_norm(s), s.y)
s.__class__ = Point
print(read_x(s), call_norm(s))


# Subclasses share the site with their base class.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm(self):
        return super().norm() + abs(self.z)


mixed = [Point(1, 1), Point3(2, 2, 2), Point(-3, 3), Point3(4, -4, 4)]
for _ in range(3):
    print([read_x(m) for m in mixed], [call_norm(m) for m in mixed])
