# Private names: inside a class statement, __name means _Class__name.

class A:
    def __init__(self):
        self.__x = "A"

    def a(self):
        return self.__x


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B"

    def b(self):
        return self.__x


o = B()
print(o.a(), o.b(), o._A__x, o._B__x, hasattr(o, "__x"))
# strings are never mangled
print(getattr(o, "_A__x"), hasattr(o, "_B__x"), hasattr(B, "__x"))
o._A__x = "set from outside"
print(o.a(), o.b())
del o._B__x
print(hasattr(o, "_B__x"), o.a())


# Class attributes and methods with private names; dunder names stay as they are.
class Counter:
    __count = 0
    __slots_like__ = "dunder"
    __ = "two underscores"
    __x_ = "trailing single underscore"

    def __bump(self):
        Counter.__count += 1
        return Counter.__count

    def bump_twice(self):
        self.__bump()
        return self.__bump()

    def names(self):
        return self.__slots_like__, self.__, self.__x_


c = Counter()
print(c.bump_twice(), Counter._Counter__count, hasattr(Counter, "__count"))
print(hasattr(Counter, "_Counter__bump"), hasattr(Counter, "__bump"))
print(Counter._Counter__bump.__name__, Counter._Counter__bump.__qualname__)
print(c.names(), Counter._Counter__x_, Counter.__slots_like__, Counter.__)


# The class name loses its leading underscores; one made only of underscores mangles nothing.
class _P:
    def set(self):
        self.__v = 1
        return self._P__v


class __Q:
    def set(self):
        self.__v = 2
        return self._Q__v


class ___:
    __v = 3

    def get(self):
        return self.__v


class R_:
    __v = 4


print(_P().set(), __Q().set(), ___().get(), ___.__v, R_._R___v)


# Nested classes mangle with their own name; the outer class binds the inner one mangled.
class Outer:
    __tag = "outer"

    class __Inner:
        __tag = "inner"

        def tag(self):
            return self.__tag

    class Plain:
        def tag(self):
            return hasattr(self, "_Outer__tag"), hasattr(self, "_Plain__tag")

    def make(self):
        return self.__Inner()

    def both(self):
        return self.__tag, self.make().tag()


print(Outer().both(), Outer._Outer__Inner.__name__, Outer._Outer__Inner.__qualname__)
print(Outer._Outer__Inner._Inner__tag, hasattr(Outer, "__Inner"), Outer.Plain().tag())


# A class defined inside a method mangles with its own name, the method's code with the outer one.
class Host:
    def build(self):
        __local = "host local"

        class Guest:
            __g = "guest"

            def get(self):
                return self.__g

        return __local, Guest().get(), Guest._Guest__g


print(Host().build())


# Nested functions, lambdas and comprehensions inside methods are inside the class too.
class Nest:
    def __init__(self):
        self.__items = [3, 1, 2]

    def run(self):
        __scale = 10

        def inner():
            return [__i * __scale for __i in self.__items]

        def bump():
            nonlocal __scale
            __scale += 1
            return __scale

        # the same variable under its mangled spelling
        _Nest__count = 0

        def count():
            nonlocal __count
            __count += 1
            return _Nest__count

        count()
        f = lambda __k: __k + __scale
        squares = {__n: __n * __n for __n in self.__items}
        total = sum(__v for __v in self.__items)
        return inner(), bump(), count(), f(5), squares, total, sorted(self.__items, key=lambda __e: -__e)


print(Nest().run())


# Parameters are mangled (keyword-only ones too); keyword arguments of calls are not.
class Params:
    def pos(self, __a, __b=2):
        return __a + __b

    def kw(self, *, __k=5):
        return __k

    def star(self, *__args, **__kwargs):
        return __args, sorted(__kwargs)

    def calls(self):
        return self.pos(1), self.pos(1, 5), self.kw(), self.kw(_Params__k=7), self.star(1, __z=2)


p = Params()
print(p.calls())
print(p.pos(_Params__a=10, _Params__b=1), p.kw(_Params__k=9))


def collect(**kw):
    return sorted(kw)


class Caller:
    def go(self):
        return collect(__a=1, __b__=2, _c=3)


print(Caller().go())

# Globals: a method's __g is the module's _Cls__g, read or declared global.
_Globals__g = "module level, mangled"
__g = "module level, plain"


class Globals:
    def read(self):
        return __g

    def write(self):
        global __g
        __g = "written by the method"
        return __g

    def loop(self):
        global __n
        __n = 0
        for __i in range(5):
            __n += __i
        return __n


g = Globals()
print(g.read(), g.write(), _Globals__g, __g)
print(g.loop(), _Globals__n)
try:
    print(__n)
except NameError as e:
    print("NameError:", e)


# Names bound by import, except, with, for, walrus and del.
class Binders:
    def imports(self):
        import math as __m
        from math import floor as __floor, pi
        return __m.floor(2.5), __floor(3.7), pi > 3

    def handler(self):
        try:
            raise ValueError("caught")
        except ValueError as __err:
            return str(__err)

    def context(self):
        class Ctx:
            def __enter__(self):
                return "entered"

            def __exit__(self, *exc):
                return False

        with Ctx() as __c:
            pass
        return __c

    def loops(self):
        out = []
        for __a, __b in [(1, 2), (3, 4)]:
            out.append(__a * __b)
        if (__w := len(out)) > 1:
            out.append(__w)
        __gone = 1
        del __gone
        return out


b = Binders()
print(b.imports(), b.handler(), b.context(), b.loops())


# Class-level code sees its own mangled names; decorators and bases belong to the enclosing class.
class Registry:
    __entries = []

    def __register(f, entries=__entries):
        entries.append(f.__name__)
        return f

    @__register
    def first(self):
        pass

    @__register
    def __second(self):
        pass

    __names = [__e.upper() for __e in __entries]
    __base = object

    class Child(__base):
        pass

    def report(self):
        return self.__entries, self.__names, self.Child.__mro__[1] is object


print(Registry().report(), hasattr(Registry, "_Registry__second"))


# __slots__ names are mangled with the class name.
class Slotted:
    __slots__ = ("__x", "__y__", "z")

    def __init__(self):
        self.__x = 1
        self.__y__ = 2
        self.z = 3


s = Slotted()
print(s._Slotted__x, s.__y__, s.z)
try:
    s.__x = 4
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def __private(self):
        return "Base private"

    def public(self):
        return self.__private()


class Derived(Base):
    def __private(self):
        return "Derived private"


print(Derived().public(), Derived()._Derived__private())
