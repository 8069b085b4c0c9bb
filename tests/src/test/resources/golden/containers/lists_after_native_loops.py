def touch(a):
    for i in range(len(a)):
        a[i] = a[i] + 1
    return a
def ftouch(a):
    for i in range(len(a)):
        a[i] = a[i] * 0.5
a = touch([3, 1, 2, 5, 4])
b = list(a)
print(a, b, a == b, a is b, hash(tuple(a)), 4 in a, a.index(4), a.count(2), sorted(a), max(a), sum(a), min(a))
print([x * 2 for x in a], list(reversed(a)), a[::2], a[-2:], str(a), repr(a), a * 2, a + [9])
touch(a)
it = iter(a)
print(next(it), next(it))
a.reverse(); print(a); touch(a)
a.sort(); print(a); touch(a)
x = a.pop(); print(x, a); touch(a)
del a[0]; print(a); touch(a)
a.insert(1, 100); print(a); touch(a)
a.extend([7, 8]); print(a); touch(a)
a.remove(100 + 1) if 101 in a else None; print(a); touch(a)
a[1:3] = [0, 0, 0]; print(a); touch(a)
a[0] = "s"; print(a)
try:
    touch(a)
except TypeError as e:
    print("TypeError", e)
print(a)
c = a.copy(); a.clear(); print(a, c)
f = [1.0, 2.0]; ftouch(f); f.append(True); print(f); ftouch(f); print(f)
g = [True, False]
def flip(g):
    for i in range(2):
        g[i] = not g[i]
flip(g); d = {0: g}; print(d, g[0] is True, type(g[1]).__name__)
n = [10, 20, 30]
touch(n)
for v in n:
    n[0] = v
print(n, sum(n[k] for k in range(3)), enumerate(n).__next__(), list(zip(n, n)))
m = [1, 2, 3]
touch(m)
m += m
print(m, len(m)); touch(m); print(m)
