# Lists displayed with floats only keep them unboxed until another value or a structural change:
# every list operation must still behave as on any other list.
nan = float("nan")
xs = [1.5, -0.0, 2.25, 1e308]
print(xs, len(xs), xs[-1], xs[1], repr(xs[1]))
xs[0] = 3.0
xs.append(4.5)
print(xs, sum(xs[:2]), xs.index(2.25), 2.25 in xs, 7.0 in xs)
xs.append(nan)
print(xs, nan in xs, xs.count(nan))
ys = [0.5, 0.25]
ys[1] = nan
print(ys, nan in ys, ys == [0.5, nan], [nan] == [nan])
zs = [1.0, 2.0, 3.0]
zs[2] = "three"
print(zs, zs[2].upper())
ws = [2.0, 1.0, 3.0]
ws.sort()
ws.insert(0, 0.5)
print(ws, ws.pop(), ws.pop(0), ws)
vs = [1.0, 2.0]
vs.append(3)
vs += [4.0]
print(vs, [type(v).__name__ for v in vs])
us = [9.5, 8.5]
del us[0]
print(us, us * 2, us + [1], list(reversed([1.0, 2.0, 3.0])))
a = 0.1
ts = [a, a + a]
print(ts[0] is a, ts[0] == a, ts[1], {0.1: "k"}[ts[0]], hash(ts[1]) == hash(0.2))


def total(fs):
    s = 0.0
    for i in range(len(fs)):
        s += fs[i] * fs[i]
        fs[i] = fs[i] + 1.0
    return s


grid = [0.5, 1.5, 2.5, 3.5]
acc = 0.0
for k in range(3000):
    acc += total(grid)
print(round(acc, 3), grid)
grid[1] = None
print(grid)
try:
    grid = [1.0, 2.0]
    print(grid[2])
except IndexError as e:
    print("IndexError:", e)
