class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, b / 2, b // 2, b % 2, -a)
print(a == Vec(1, 2), a != b, a == 5, abs(b))
c = a
c += b
print(c, a)
print({a: "a"}[Vec(1, 2)])
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        other_cents = other.cents if isinstance(other, Money) else other
        return Money(self.cents + other_cents)
    def __radd__(self, other):
        return self.__add__(other)
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
print(sum([Money(150), Money(275), Money(5)]), 10 + Money(90), Money(1) + 2)
class Weird:
    def __sub__(self, other):
        return "sub"
    def __rsub__(self, other):
        return "rsub"
    def __rtruediv__(self, other):
        return "rtruediv"
    def __rfloordiv__(self, other):
        return "rfloordiv"
    def __rmod__(self, other):
        return "rmod"
w = Weird()
print(w - 1, 1 - w, 1 / w, 1 // w, 1 % w)
