d = {"b": 2, "a": 1, "c": 3}
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
d["d"] = 4
d["a"] = 100
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", "default"), d.get("c", 0))
print(d.pop("c"), d.pop("nope", "dflt"), d)
print(d.setdefault("e", 5), d.setdefault("a", 0), d)
d.update({"f": 6, "a": -1})
d.update([("g", 7)])
d.update(h=8)
print(d)
c = d.copy()
c["new"] = 1
print(d, c)
print(d.popitem(), d)
d.clear()
print(d, len(d), bool(d))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2), dict(zip("abc", range(3))))
print({1: "int", 1.5: "float", (1, 2): "tuple", None: "none", True: "bool?", "s": "str"})
e = {}
for word in "the cat and the hat and the bat".split():
    e[word] = e.get(word, 0) + 1
print(e)
print(sorted(e.items(), key=lambda kv: (-kv[1], kv[0])))
print({k: v for k, v in e.items() if v > 1})
print({k: 0 for k in "abc"})
