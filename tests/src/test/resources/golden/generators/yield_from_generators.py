def leaves(tree):
    if isinstance(tree, tuple):
        for sub in tree:
            yield from leaves(sub)
    else:
        yield tree
t = ((1, 2), (3, (4, 5, (6,))), 7)
print(list(leaves(t)), sum(leaves(t)))
def numbered(gen, start=1):
    n = start
    for x in gen:
        yield n, x
        n += 1
print(list(numbered(leaves(t))))
def merge(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(merge([1, 4, 9], [2, 3, 10, 11])))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])), len(list(permutations(list(range(5))))))
