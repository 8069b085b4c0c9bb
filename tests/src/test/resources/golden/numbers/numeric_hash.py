print(hash(0), hash(1), hash(-1), hash(-2), hash(100), hash(-100))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(1.0), hash(1.5), hash(-1.0), hash(0.0), hash(-0.0), hash(2.5))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash(1) == hash(1.0) == hash(True))
print(hash(9223372036854775807), hash(-9223372036854775808))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
