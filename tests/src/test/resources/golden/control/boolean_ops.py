print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [] or "last")
print([] and 1, [1] and "yes", not [], not [1], not None)
print(0 or None, None and 0, True and None, False or False)
def noisy(v):
    print("eval", repr(v))
    return v
print(noisy(0) and noisy(1))
print(noisy(1) and noisy(2))
print(noisy(1) or noisy(2))
print(noisy(0) or noisy("") or noisy("found"))
print(noisy(1) and noisy(0) or noisy(3))
print(not noisy(0) and noisy("x"))
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, x < 3 or x == 5)
print((x and "truthy") or "falsy", ([] and "truthy") or "falsy")
d = {}
print(d.get("k") or "default")
print(1 < 2 and 2 < 3 and "all", 1 and 0 and 1 / 0)
print(True + (not False), (not 1) == False)
