# __init_subclass__ (PEP 487): a base class hears about each new subclass.
class Plugin:
    registry = []

    def __init_subclass__(cls):
        super().__init_subclass__()
        Plugin.registry.append(cls.__name__)
        cls.tag = cls.__name__.lower()


class Alpha(Plugin):
    pass


class Beta(Plugin):
    def run(self):
        return "beta runs"


class Gamma(Beta):
    pass


print(Plugin.registry, Alpha.tag, Gamma.tag, Gamma().run())
print(hasattr(Plugin, "tag"))


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1


class A(Counted):
    pass


class B(Counted):
    def __init_subclass__(cls):
        print("B's hook for", cls.__name__)


class C(B):
    pass


print(Counted.count)

Dyn = type("Dyn", (Plugin,), {})
print(Plugin.registry[-1], Dyn.tag)


class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(cls.__name__ + " lacks 'required'")


try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Present(Strict):
    required = True


print("Present ok")
