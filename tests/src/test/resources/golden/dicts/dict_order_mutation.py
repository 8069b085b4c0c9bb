d = {}
for i in [5, 3, 9, 1, 7]:
    d[i] = i * i
print(d)
del d[3]
d[3] = "back"
print(d)
d[5] = "updated"
print(d, list(d))
keys = list(d)
for k in keys:
    if k % 2 == 1 and k != 3:
        del d[k]
print(d)
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
x = {"a": 1}
x.update(x)
print(x)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {"outer": {"inner": {"deep": 1}}}
nested["outer"]["inner"]["deep"] += 1
nested["outer"]["other"] = []
nested["outer"]["other"].append(5)
print(nested)
m = {**{"a": 1, "b": 2}, "b": 3, **{"c": 4}}
print(m)
print({**{}}, {**{1: 1}, **{1: 2}})
