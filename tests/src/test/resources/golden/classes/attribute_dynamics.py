class Bag:
    pass
b = Bag()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(b, name, i)
print(b.alpha, b.beta, b.gamma, getattr(b, "delta", None))
b.alpha += 10
del b.beta
print(hasattr(b, "beta"), b.alpha)
try:
    b.beta
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.nothing
except AttributeError as e:
    print("AttributeError:", e)
class WithDefault:
    color = "red"
w = WithDefault()
print(w.color)
w.color = "blue"
print(w.color, WithDefault.color)
del w.color
print(w.color)
