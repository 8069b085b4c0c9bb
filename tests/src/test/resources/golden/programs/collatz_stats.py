def steps(n, cache={1: 0}):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    s = cache[n]
    for m in reversed(path):
        s += 1
        cache[m] = s
    return s
best = max(range(1, 30000), key=steps)
print(best, steps(best))
hist = {}
for i in range(1, 2000):
    b = steps(i) // 20
    hist[b] = hist.get(b, 0) + 1
for b in sorted(hist):
    print(f"{b * 20:3}-{b * 20 + 19:3} {hist[b]:4} {'#' * (hist[b] // 20)}")
