class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __bool__(self):
        return bool(self.cells)
g = Grid(3, 2)
print(len(g), bool(g), "#" in g)
g[1, 0] = "#"
g[2, 1] = "@"
print(g[1, 0], g[0, 0], "#" in g, bool(g), list(g))
del g[1, 0]
print(list(g), "#" in g)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
s = Seq(4)
print(list(s), len(s), 20 in s, 25 in s, [x for x in s], sorted(s, reverse=True))
a, b, c, d = s
print(a, d)
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(4)), max(Countdown(3)))
for v in Countdown(2):
    print("v", v)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, y=0):
        return self.base + x + y
add5 = Adder(5)
print(add5(1), add5(1, 2), callable(add5), list(map(add5, [10, 20])))
