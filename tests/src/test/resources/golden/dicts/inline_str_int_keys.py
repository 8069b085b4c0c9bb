# d.get(k, default), d[k], d[k] = v and k in d probe str and int keys inline; every other key,
# and any entry whose key is of another kind, takes the general comparison.
def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts

print(count("the cat and the hat and the bat".split()))
print(count([3, 1, 3, -1, 2**40, 3, 2**40, -2]))


class Key:
    """Hashes like the str or int it wraps and equals it: found through the general path."""
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
    def __repr__(self):
        return f"Key({self.v!r})"


d = {Key("a"): 1, Key(7): 2}
print(d.get("a"), d.get(7), d.get("b", "absent"), d.get(8))
d["a"] = 10
d[7] = 20
print(d)

mixed = {1.0: "float", True: "bool"}
print(mixed.get(1), mixed.get(0, "none"))
mixed[1] = "int"
print(mixed)

grown = {}
for i in range(100):
    grown[i] = i * i
    grown[str(i)] = i
for i in range(0, 100, 3):
    del grown[i]
for i in range(0, 100, 6):
    grown[i] = -i
print(len(grown), grown.get(0), grown.get(3), grown.get(6), grown.get("99"), list(grown)[:6])
print("a" in d, 7 in d, "zz" in d, 8 in d, 1 in mixed, 2 in mixed, grown["99"], grown[6])
try:
    grown[3]
except KeyError as e:
    print("KeyError", e)
try:
    [1] in d
except TypeError as e:
    print("TypeError", e)
print(hash(-1) == hash(-2), {-1: "m1", -2: "m2"}.get(-1), {2**61 - 1: "big"}.get(0, "zero"))

try:
    d.get([1])
except TypeError as e:
    print("TypeError", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError", e)
print(d.get("a", 1, 2) if False else "three-arg call not made")
try:
    d.get()
except TypeError as e:
    print("TypeError", e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print("TypeError", e)

g = globals()
g["made_by_subscript"] = 5
print(made_by_subscript, g.get("made_by_subscript"))
