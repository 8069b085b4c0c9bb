class Counter:
    def __init__(self, limit):
        self.limit = limit
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > self.limit:
            raise StopIteration
        return self.n
print(list(Counter(3)), next(iter(Counter(1))), next(Counter(0), "none"))
it = iter([10, 20])
print(next(it), next(it), next(it, -1))
d = {"a": 1, "b": 2}
dit = iter(d)
print(next(dit), next(dit))
sit = iter("hi")
print(next(sit), next(sit), next(sit, "<end>"))
print(callable(Counter), callable(Counter(1)), callable(next), callable(None))
