# list.sort and sorted make CPython's comparisons, in CPython's order (its timsort: runs, binary
# insertion, galloping merges in powersort's order). A user's __lt__ sees them; NaNs, which make
# `<` inconsistent, land where CPython puts them; a comparison that raises leaves the list in the
# order reached.
log = []


class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v


state = 2024


def rnd(m):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % m


def run(values, reverse=False, key=False):
    del log[:]
    objs = [K(v, i) for i, v in enumerate(values)]
    if key:
        objs.sort(key=lambda o: o, reverse=reverse)
    else:
        objs = sorted(objs, reverse=reverse)
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (1 << 48)
    return len(log), h, [o.i for o in objs]


print(run(range(10)))
print(run(range(10, 0, -1)))
print(run([3, 1, 2, 3, 1, 2, 0]))
print(run([5, 5, 5, 1, 1], reverse=True))
# Long enough for several runs, merges and galloping.
for n, kind in [(100, 0), (300, 1), (700, 2), (1500, 0), (2100, 3)]:
    if kind == 0:
        values = [rnd(n) for _ in range(n)]
    elif kind == 1:
        values = [rnd(3) for _ in range(n)]
    elif kind == 2:
        values = []
        while len(values) < n:
            base, step = rnd(1000), 1 if rnd(2) else -1
            values.extend(base + step * j for j in range(rnd(90) + 1))
        values = values[:n]
    else:
        values = sorted(rnd(1000) for _ in range(n))
        for _ in range(4):
            a, b = rnd(n), rnd(n)
            values[a], values[b] = values[b], values[a]
    count, h, order = run(values, reverse=bool(rnd(2)), key=bool(rnd(2)))
    print(n, kind, count, h, sum(i * p for p, i in enumerate(order)) % 1000003)

nan = float("nan")
print(sorted([3.0, 3.0, nan, 1.0]))
print(sorted([2.0, nan, 1.0, 0.5, nan, 3.0, 0.0]))
print(sorted([nan, 5.0, 1.0, nan, 2.0], reverse=True))
print(sorted([float(rnd(20)) if rnd(4) else nan for _ in range(80)]))

l = [3, 1, "a", 2]
try:
    l.sort()
except TypeError as e:
    print(e)
print(l)


class Bad:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bad.calls += 1
        if Bad.calls == 150:
            raise ValueError("stop")
        return self.v < other.v


items = [Bad(rnd(100)) for _ in range(120)]
try:
    items.sort(reverse=True)
except ValueError as e:
    print(e, Bad.calls)
print([b.v for b in items])
print(len(items), sorted(b.v for b in items)[:8])
