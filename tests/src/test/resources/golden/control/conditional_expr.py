for x in range(-2, 3):
    print(x, "pos" if x > 0 else "neg" if x < 0 else "zero")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
f = lambda v: v if v else "empty"
print(f(0), f("x"), f([]), f([1]))
def noisy(v):
    print("eval", v)
    return v
print(noisy("a") if noisy(True) else noisy("b"))
print(noisy("a") if noisy(False) else noisy("b"))
x = 1 if True else 1 / 0
print(x)
print((1 if False else 2) + 10)
