# Iteration order of int sets after deletions follows CPython's table: a re-added element takes the
# last deleted slot on its probe path, difference_update purges deleted slots, intersection_update
# takes the result's table, update() with a dict resizes once up front.
s = set()
for k in [12, -17, -16, -15, -14, 18, -11, -10]:
    s.add(k)
s.discard(-16); s.discard(-17); s.add(-17); s.add(-18); s.add(14)
print(s)
s = set()
for k in [1, 2, 3, 4, 5, 6]:
    s.add(k)
# 32 table: slots 1..6
s.discard(3); s.discard(2); s.add(2); s.add(-30); print(s)   # -30 & 31 = 2
s = set()
for k in [1, 2, 3, 4, 5, 6]:
    s.add(k)
s.discard(2); s.discard(3); s.add(2); s.add(-30); print(s)
s = set()
for k in [1, 2, 3, 4, 5, 6]:
    s.add(k)
s.discard(2); s.discard(3); s.add(34); s.add(-30); print(s)  # 34 & 31 = 2
s = set()
for k in [1, 2, 3, 4, 5, 6]:
    s.add(k)
s.discard(2); s.discard(4); s.add(34); s.add(-30); s.add(-28); print(s)
s = set()
for k in [1, 2, 3, 4, 5, 6, 7, 8]:
    s.add(k)
s.discard(2); s.discard(5); s.discard(7); s.add(34); print(s)
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
for trial in range(25):
    s = set(range(rnd(20)))
    span = [8, 30, 100, 5000, 2 ** 45][trial % 5]
    for i in range(300):
        v = rnd(2 * span) - span
        w = [rnd(2 * span) - span for _ in range(rnd(12))]
        op = rnd(16)
        if op < 3:
            s.add(v)
        elif op < 5:
            s.discard(v)
        elif op == 5:
            s &= set(w) | {v}
        elif op == 6:
            s.intersection_update(w + list(s)[:rnd(6)])
        elif op == 7:
            s.difference_update(w)
        elif op == 8:
            s = s - set(w)
        elif op == 9:
            s = s ^ set(w)
        elif op == 10:
            s.symmetric_difference_update(w)
        elif op == 11:
            s.update(w, {v: 1})
        elif op == 12:
            s = s | frozenset(w)
        elif op == 13:
            s = set(s) if rnd(2) else s.copy()
        elif op == 14 and s:
            s.pop()
        else:
            s -= set(range(v, v + rnd(40)))
        if i % 30 == 0:
            print(trial, i, s, s & set(w), s - set(w[:3]), set(w) - s, s ^ set(w[:4]), frozenset(w) | s)
