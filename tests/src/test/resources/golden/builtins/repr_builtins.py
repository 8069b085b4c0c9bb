values = [1, -1, 1.5, -0.0, "s", "it's", 'q"', None, True, [], (), {}, set(), frozenset(), range(3), slice(1, 2, 3), [1, (2, {3: {4}})], (1,), {"a": "b"}]
for v in values:
    print(repr(v), str(v), type(v).__name__)
print(repr(repr), repr(int), repr(ValueError), repr(ValueError("m")))
