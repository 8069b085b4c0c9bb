class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __contains__(self, x):
        return self.start <= x < self.stop and (x - self.start) % self.step == 0
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.r.stop:
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 20, 3)
print(list(r), len(r), 9 in r, 10 in r, sum(r), list(zip(r, "abc")))
print([x for x in r if x % 2], sorted(r, reverse=True), max(r), tuple(r))
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))
a, b, *rest = Range2(1, 6)
print(a, b, rest)
print(dict(zip(Range2(0, 3), Range2(10, 13))))
print(", ".join(str(x) for x in Range2(5, 8)))
