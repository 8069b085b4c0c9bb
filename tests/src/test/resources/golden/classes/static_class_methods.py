class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
print(Temperature.c_to_f(100), Temperature(0).c_to_f(37))
t = Temperature.from_f(212)
print(type(t).__name__, t.degrees)
print(Temperature.describe(), t.describe())
class Kelvin(Temperature):
    unit = "K"
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees, Kelvin.describe())
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.add("a"), Registry.add("b"), Registry.items)
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
f = Util.add
print(f(1), Util().add(2, 3))
