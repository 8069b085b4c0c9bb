# PEP 487: attributes learn the name and class they are bound to (descriptors, properties).
class Upper:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, value.upper())


class Person:
    first = Upper()
    last = Upper()

    def __init__(self, first, last):
        self.first = first
        self.last = last


p = Person("ada", "lovelace")
print(p.first, p.last, p._first)
p.last = "byron"
print(p.last, sorted(vars(p)))
print(type(Person.__dict__["first"]).__name__, Person.first.private)

Dynamic = type("Dynamic", (), {"tag": Upper()})
d = Dynamic()
d.tag = "dyn"
print(d.tag)


class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


try:
    class Holder:
        item = Broken()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


class Gauge:
    @property
    def level(self):
        return 3


class Outer:
    class Inner:
        @property
        def level(self):
            return 4


for obj in (Gauge(), Outer.Inner()):
    try:
        obj.level = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del obj.level
    except AttributeError as e:
        print("AttributeError:", e)

Gauge.later = property(lambda self: 1)
try:
    Gauge().later = 2
except AttributeError as e:
    print("AttributeError:", e)


class WriteOnly:
    x = property(None, lambda self, v: None)


WriteOnly.y = property(None)
for attr in ("x", "y"):
    try:
        getattr(WriteOnly(), attr)
    except AttributeError as e:
        print("AttributeError:", e)
