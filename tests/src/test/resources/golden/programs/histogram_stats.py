import math
seed = 42
def lcg():
    global seed
    seed = (1103515245 * seed + 12345) % 2 ** 31
    return seed / 2 ** 31
samples = [sum(lcg() for _ in range(12)) - 6 for _ in range(500)]
mean = sum(samples) / len(samples)
var = sum((x - mean) ** 2 for x in samples) / (len(samples) - 1)
print(f"n={len(samples)} mean={mean:.4f} sd={math.sqrt(var):.4f} min={min(samples):.3f} max={max(samples):.3f}")
s = sorted(samples)
median = (s[249] + s[250]) / 2
print(f"median={median:.4f} q1={s[125]:.4f} q3={s[375]:.4f}")
bins = {}
for x in samples:
    b = math.floor(x * 2) / 2
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b:5.1f} {bins[b]:4d} {'*' * (bins[b] // 4)}")
