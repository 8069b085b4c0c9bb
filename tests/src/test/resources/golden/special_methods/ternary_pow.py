# pow(a, b, m) calls the base's __pow__(b, m); __rpow__ is never tried with a modulus.
class Mod:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        return ("Mod.__pow__", self.v, other if not isinstance(other, Mod) else other.v, mod)

    def __rpow__(self, other, mod=None):
        return ("Mod.__rpow__", self.v, other, mod)


class OnlyBinary:
    def __pow__(self, other):
        return "OnlyBinary.__pow__"


class OnlyRight:
    def __rpow__(self, other, mod=None):
        return ("OnlyRight.__rpow__", other, mod)


class Declines:
    def __pow__(self, other, mod=None):
        return NotImplemented


class Plain:
    pass


print(pow(Mod(3), 2, 5))
print(pow(Mod(3), 2))
print(pow(Mod(3), 2, None))
print(pow(2, Mod(3)))
print(pow(Mod(1), Mod(2), 3))
print(Mod(4) ** 3, 2 ** Mod(5))
print(pow(base=Mod(2), exp=3, mod=7), pow(2, 5, 7), pow(3, -1, 7), pow(-2, 3, -5))
print(pow(OnlyBinary(), 2))

cases = [(OnlyBinary(), 2, 5), (2, Mod(3), 5), (2, 3, Mod(4)), (2, OnlyRight(), 5), (2, 3, OnlyRight()),
         (OnlyRight(), 2, 3), (Declines(), 2, 3), (Declines(), 2.0, 3), (Plain(), 1, 1), (2.0, 3, 5), (2, 3.0, 5),
         (2, 3, Declines()), ("a", 2, 3), (2, 3, 0), (2, -1, 4)]
for args in cases:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pow(Declines(), 2)
except TypeError as e:
    print(e)

pow(2, Mod(3), 5)
