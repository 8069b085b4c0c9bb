def make_stats():
    values = []
    def add(v):
        values.append(v)
        return stats()
    def stats():
        n = len(values)
        mean = sum(values) / n
        return n, mean, min(values), max(values)
    return add
add = make_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(add(v))
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return nxt
f = make_fib()
print([f() for _ in range(15)])
g = make_fib()
print(g(), g(), f())
