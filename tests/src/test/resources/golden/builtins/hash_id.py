a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(hash(42) == hash(42), hash(1.5) == hash(1.5), hash((1, "x")) == hash((1, "x")))
print(hash("same") == hash("same"), hash(frozenset({1})) == hash(frozenset({1})))
print(type(hash("s")).__name__, type(id(a)).__name__)
x = object() if False else a
print(x is a)
class K:
    pass
k1, k2 = K(), K()
print(hash(k1) == hash(k1), k1 == k1, k1 == k2, id(k1) != id(k2))
print(hash(7), hash(-7), hash(0.5), hash(()) == hash(()))
