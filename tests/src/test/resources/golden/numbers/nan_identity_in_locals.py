# A NaN held in a local variable is one object, as in CPython, whose containers find a NaN by
# identity: a dict keeps one entry for it, `in`, count() and == of lists see it.
def f():
    n = float('nan')
    d = {}
    d[n] = 1
    d[n] = 2
    return len(d), n in [n], [n] == [n], [n, n].count(n)


def g(values):
    out = []
    for v in values:
        x = v * 1.0
        out.append((x, x in [x], [x].count(x), {x: 1, x: 2}))
    return out


def h(items):
    n = items[0]
    return n in items, items.count(n), items.index(n)


def loop(n):
    total = 0.0
    hits = 0
    for i in range(n):
        x = i * 0.5
        if i == n - 1:
            x = float('inf') - float('inf')
        s = [x]
        if x in s:
            hits += 1
        total += 1.0
    return hits, total


print(f())
print(g([1.5, float('inf'), float('nan')]))
print(h([float('nan'), 1.0]))
for _ in range(3):
    print(h([float('nan')]))
print(loop(3000))
n = float('nan')
print(len({x: 0 for x in [n, n]}), [x for x in [n] if x in [n]])
