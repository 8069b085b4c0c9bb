# CPython's two item-deletion messages: "doesn't" from the sequence protocol (a type with sequence
# methods, an index key), "does not" otherwise; and "is read-only" for a name the type has when the
# object has no __dict__ to store it in.
class Slotted:
    __slots__ = ("x",)
    k = 5

    def m(self):
        pass


class Index:
    def __index__(self):
        return 0


class SetOnly:
    def __setitem__(self, k, v):
        pass


class MyError(Exception):
    pass


class Plain:
    pass


for o, k in [(5, 0), (None, 0), (1.5, 0), ((1,), 0), ((1,), "a"), ((1,), Index()), ((1,), True), ("a", 1.5), ("a", 0),
             (range(3), 0), (range(3), 2 ** 100), ((1,), 2 ** 100), (Plain(), "x"), (Plain(), 0), ({1}, 0), (frozenset(), "x"),
             (iter({1}), 0), ({}.values(), 0), ({}.items(), 0), ({}.keys(), "a"), (SetOnly(), 0), (ValueError(), 0),
             (MyError(), 0), (print, 0), (Plain, 0), (iter(()), 0), (True, 0), ((x for x in []), 0)]:
    try:
        del o[k]
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)

for f in [lambda: setattr("abc", "upper", 1), lambda: setattr([], "append", 1), lambda: setattr("abc", "foo", 1),
          lambda: delattr("abc", "upper"), lambda: delattr("abc", "foo"), lambda: setattr(Slotted(), "m", 1),
          lambda: setattr(Slotted(), "k", 1), lambda: setattr(Slotted(), "y", 1), lambda: delattr(Slotted(), "m"),
          lambda: setattr(5, "real", 1), lambda: setattr([], "__len__", 1), lambda: setattr(None, "x", 1),
          lambda: setattr(len, "__name__", "x"), lambda: setattr(len, "foo", 1), lambda: setattr({}, "keys", 1),
          lambda: setattr(1.5, "hex", 1), lambda: setattr(object(), "__str__", 1), lambda: setattr(object(), "x", 1)]:
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
s = Slotted()
s.x = 3
p = Plain()
p.m = 4
print(s.x, p.m)

[].append = 1
