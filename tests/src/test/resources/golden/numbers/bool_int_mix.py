t, f = True, False
print(t + t, t * 5, f * 5, t - f, t / 2, t // 1, t % 2, t ** 10, -t, ~f)
print(t & t, t | f, t ^ t, t << 2, f >> 1, type(t & t).__name__, type(t + t).__name__)
print(sum([t, t, t]), max(t, 0), min(f, -1), abs(t), round(t), divmod(t, 1))
print(t == 1.0, f == 0.0, t < 2, f > -1, [0, 1][t], "ab"[f])
print(t * 1.5, f + 0.5, int(t) + int(f), float(t))
print(str(t + 0), repr(t), f"{t}", f"{t:d}", f"{t!r}")
