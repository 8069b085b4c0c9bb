# A class statement's keywords go to the nearest base's __init_subclass__ (PEP 487); object's
# takes none. metaclass=type is the default metaclass itself.
class Registry:
    seen = []

    def __init_subclass__(cls, tag=None, **extra):
        super().__init_subclass__()
        Registry.seen.append((cls.__name__, tag, sorted(extra.items())))


class A(Registry, tag="a"):
    pass


class B(Registry):
    pass


options = {"color": "red", "size": 3}


class C(Registry, tag="c", **options):
    pass


class D(A, tag="d"):
    pass


print(Registry.seen)


class Plain:
    pass


try:
    class E(Plain, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class F(Registry, **[1]):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class G(Registry, tag=1, **{"tag": 2}):
        pass
except TypeError as e:
    print("TypeError:", e)


class H(metaclass=type):
    x = 1


print(H.x, type(H).__name__)


def order(label, value):
    print("evaluated", label)
    return value


class I(order("base", Registry), tag=order("tag", "i")):
    print("body")
