# A display spread over lines: the KeyError is reported on the line of the failing item,
# also inside a comprehension's own frame and a lambda's.
table = {"a": 1, "b": 2}
keys = ["a", "b", "c"]
pick = lambda k: (
    table[k])
print([pick(k) for k in keys[:2]])
values = [
    table["a"],
    [pick(k)
     for k in keys],
]
