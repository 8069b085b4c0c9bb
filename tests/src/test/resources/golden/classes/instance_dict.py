# An instance's __dict__ is its attributes: changes through it (update, item assignment, del) are
# changes of the attributes, and later attribute stores show in it, as in CPython.
class A:
    def __init__(self, **kw):
        self.__dict__.update(kw)
a = A(x=1, y=2)
print(a.x, a.y)
a.__dict__["z"] = 3
print(a.z, sorted(vars(a)))
del a.__dict__["x"]
print(hasattr(a, "x"), a.__dict__)
d = a.__dict__
a.w = 4
print(d)


class Config:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def describe(self):
        return ", ".join("%s=%r" % kv for kv in sorted(self.__dict__.items()))


c = Config(alpha=1, beta="two")
print(c.alpha, c.beta, c.describe())
c.gamma = 3.0
print(c.describe(), c.__dict__ is c.__dict__, vars(c) is c.__dict__)
del c.alpha
print(hasattr(c, "alpha"), sorted(dir(c))[-3:])
try:
    c.alpha
except AttributeError as e:
    print("AttributeError:", e)


class Shadow:
    def greet(self):
        return "method"


s = Shadow()
for i in range(3):
    print(s.greet())
s.__dict__["greet"] = lambda: "own attribute"
print(s.greet())
del s.__dict__["greet"]
print(s.greet())

# Many instances through one site, some with a materialized dict.
class P:
    def __init__(self, v):
        self.v = v


ps = [P(i) for i in range(6)]
for q in ps[::2]:
    q.__dict__["v"] = q.v * 10
for q in ps:
    q.v += 1
print([q.v for q in ps], [sorted(vars(q)) for q in ps[:2]])
