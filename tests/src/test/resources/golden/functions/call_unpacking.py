def show(a, b, c, d=4, *rest, **kw):
    print(a, b, c, d, rest, kw)
args = [1, 2, 3]
show(*args)
show(*args, 5, 6)
show(0, *args[1:], *[9, 9])
show(*range(3), **{"d": "D", "e": "E"})
show(1, 2, **{"c": 3}, **{"z": 26})
show(*"xyz")
kw = {"a": "A", "b": "B", "c": "C"}
show(**kw)
show(*(), **kw, extra=1)
def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(*[1] * 5, **dict(a=1, b=2)))
print(max(*[3, 8, 1]), min(*"hello"), print(*["p", "q"], sep="-"))
print(*[1, 2, 3])
print(*[], "only")
print(*range(5), sep=", ", end=".\n")
