def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def take(n, gen):
    return [next(gen) for _ in range(n)]
print(take(5, count()), take(5, count(10, -3)), take(3, count(0.5, 0.25)))
def cycle(seq):
    while True:
        for x in seq:
            yield x
c = cycle("abc")
print("".join(next(c) for _ in range(10)))
def repeat(v, n=None):
    i = 0
    while n is None or i < n:
        yield v
        i += 1
print(list(repeat("x", 4)), take(2, repeat(0)))
def triangular():
    total = 0
    for n in count(1):
        total += n
        yield total
t = triangular()
print(take(10, t), next(t))
