# reversed() of a dict or one of its views gives CPython's dict_reverse*iterator types.
d = {1: "a", 2: "b", 3: "c"}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(it).__name__, list(it), iter(it) is it)
r = reversed(d.items())
print(next(r), next(r), list(r))
