class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __sub__(self, o):
        return Acc(self.v - o)
    def __mul__(self, o):
        return Acc(self.v * o)
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
a *= 10
print(a)
a += Acc(3)
print(a)
lst = [Acc(1), Acc(2)]
lst[0] += 100
print(lst)
