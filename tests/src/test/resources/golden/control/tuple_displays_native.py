# Tuple displays that compiled loops iterate or search: for d in (-1, 0, 1), n in (2, 3).


def life_step(grid, h, w):
    new = [[0] * w for _ in range(h)]
    for i in range(h):
        for j in range(w):
            n = 0
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    if di or dj:
                        n += grid[(i + di) % h][(j + dj) % w]
            if grid[i][j]:
                new[i][j] = 1 if n in (2, 3) else 0
            else:
                new[i][j] = 1 if n == 3 else 0
    return new


def weights(n):
    t = 0.0
    for k in range(n):
        for wgt in (0.25, 0.5, k * 0.125):
            t += wgt
        if k % 7 not in (0, 3, 5):
            t -= 1.0
    return t


def window_sums(xs):
    best = 0
    for i in range(1, len(xs) - 1):
        s = 0
        for v in (xs[i - 1], xs[i], xs[i + 1]):
            s += v
        if s > best:
            best = s
    return best


def flags(n):
    c = 0
    for k in range(n):
        for f in (k % 2 == 0, k % 3 == 0, True):
            if f:
                c += 1
        if k * 0.5 in (1.5, 2.5, 100.0):
            c += 1000
    return c


h, w = 30, 30
g = [[1 if (i * 7 + j * 3) % 5 == 0 else 0 for j in range(w)] for i in range(h)]
for _ in range(15):
    g = life_step(g, h, w)
print(sum(map(sum, g)), g[3][:10])
print(weights(5000), weights(1))
print(window_sums([(k * 37) % 101 - 50 for k in range(5000)]))
print(flags(5000))
