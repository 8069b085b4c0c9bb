class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("denominator is zero")
        g = Frac._gcd(abs(n), abs(d))
        sign = -1 if d < 0 else 1
        self.n = sign * n // g
        self.d = abs(d) // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o)
    def __add__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac._coerce(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print(h)
print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - Frac(1, 4), Frac(2, 3) * Frac(3, 4), Frac(1, 2) / Frac(1, 4))
print(1 + Frac(1, 2), Frac(1, 2) + 1, 1 - Frac(1, 3), 2 * Frac(3, 8), -Frac(5, 10), Frac(6, -8))
print(Frac(1, 2) == Frac(2, 4), Frac(1, 3) < Frac(1, 2), sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4), Frac(0)]))
print(sum([Frac(1, n) for n in [2, 3, 6]]), {Frac(1, 2): "half"}[Frac(2, 4)])
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
