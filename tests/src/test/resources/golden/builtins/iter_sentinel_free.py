lines = iter(["a", "b", "", "c"])
out = []
while True:
    line = next(lines, None)
    if line is None:
        break
    out.append(line or "<empty>")
print(out)
it = iter(range(5))
print(next(it), list(it), next(it, "x"))
print(list(iter([])), list(iter(())), list(iter("")))
d = {"z": 1, "y": 2}
print(list(iter(d)), list(iter(d.values())), list(iter(d.items())))
s = iter({5})
print(next(s), next(s, "end"))
