# sum(), min(), max(), any() and all() of lists in compiled code: the same loop as of a generator
# expression over the list (the same builtin, the same order, ValueError of an empty one in tier 1).
def stats(xs):
    return sum(xs), min(xs), max(xs), any(xs), all(xs)

def fstats(xs):
    return sum(xs) / len(xs), max(xs) - min(xs)

def norm(n):
    t = 0.0
    for k in range(n):
        v = [k * 0.5, -k * 0.25, 1.0]
        t += max(v) + sum(v[1:])
    return t

def top(n):
    best = 0
    for k in range(1, n):
        best += max([x * x % 97 for x in range(k % 30 + 1)])
    return best

xs = [(k * 37) % 101 - 50 for k in range(1000)]
r = None
for _ in range(100):
    r = stats(xs)
print(r, stats([0, 3]), stats([True, False]))
fl = [k * 0.1 for k in range(500)]
for _ in range(50):
    q = fstats(fl)
print(q, fstats([float('nan'), 1.0]), fstats([1.0, float('nan')]))
print(norm(3000), top(3000))
try:
    print(stats([]))
except ValueError as e:
    print("ValueError", e)
print(sum([2**62, 2**62]), max([2.5, -0.0, 0.0]), min([0.0, -0.0]))
