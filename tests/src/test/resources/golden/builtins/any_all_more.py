print(any([]), all([]), any([False, 0, ""]), all([True, 1, "x"]), any([None, [], [0]]))
print(all(x > 0 for x in [1, 2, 3]), all(x > 1 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(x) for x in [0, 0, 1, 1]))
print(all(noisy(x) for x in [1, 0, 1]))
print(any(map(str.isdigit, "ab1")), all(map(str.isalpha, "ab1")))
print(all([[]]), any([[]]), all(range(0)), any(range(1)))
