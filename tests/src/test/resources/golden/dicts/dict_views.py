d = {"x": 1, "y": 2, "z": 3}
ks = d.keys()
vs = d.values()
its = d.items()
print(ks, vs, its)
print(len(ks), "x" in ks, 2 in vs, ("y", 2) in its, ("y", 3) in its)
d["w"] = 0
print(list(ks), list(vs), list(its))
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for v in d.values():
    print(v * 10, end=" ")
print()
print(sorted(d), sorted(d.values()), max(d), min(d.values()))
print(list(reversed(list(d.keys()))))
print(sum(d.values()), [k.upper() for k in d.keys()])
e = dict(d)
print(e == d, e is d)
print({1: 2}.items(), {}.keys())
