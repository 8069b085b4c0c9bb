class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)
    def __eq__(self, o):
        return self.parts == o.parts
    def __ne__(self, o):
        return self.parts != o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.2"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == Version("1.2"))
print(Version("1.0") < Version("1.0.1") < Version("1.1"))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(5) > OnlyLt(4))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != x)
try:
    NoEq() < NoEq()
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
print(EqOnly(1) in [EqOnly(0), EqOnly(1)], [EqOnly(2)].count(EqOnly(2)), [EqOnly(3)].index(EqOnly(3)))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
