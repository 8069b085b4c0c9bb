# Items at constant indexes, like the fields of a record kept as a list (`body[3]`), which tier 2
# reads and writes with the index folded into the instruction. A list too short for the index
# raises IndexError at the right statement, stores made earlier in the iteration are undone
# before tier 1 redoes it, and negative or huge constants still count from the end or fail.


def drift(bodies, steps):
    for _ in range(steps):
        for b in bodies:
            b[0] += b[3] * 0.5
            b[1] += b[4] * 0.5
            b[2] = b[0] - b[1]
    return bodies


bodies = [[1.0, 2.0, 0.0, 0.25, -0.5], [0.0, 0.0, 0.0, 1.5, 2.5]]
print(drift(bodies, 2000))

def update(rows, steps):
    for step in range(steps):
        for r in rows:
            r[0] = r[0] + r[1]
            r[1] = r[2] - step
            r[3] = r[0] % 1000


rows = [[1, 2, 3, 4], [5, 6, 7, 8]]
update(rows, 3000)
print(rows)
rows.append([9, 10, 11])
try:
    update(rows, 500)
except IndexError as e:
    print("IndexError:", e, rows)


def fields(p, n):
    total = 0
    for i in range(n):
        total += p[0] * p[1] + p[-1]
        p[2] = total % 97
        if i == n - 2:
            p[-2] = 5
    return total, p


print(fields([3, 4, 0, 7], 3000))
try:
    print(fields([3, 4], 1000))
except IndexError as e:
    print("IndexError:", e)


def far(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % 3] + xs[268435456 % 3]
    return s


print(far([1, 2, 3], 5000))
def spill(big, n):
    for i in range(n):
        big[i % 10] = i
        if i > 900:
            big[268435457] = i


big = [0] * 10
try:
    spill(big, 1000)
except IndexError as e:
    print("IndexError:", e, big)


def overflow(cells, n):
    for i in range(n):
        cells[0] = cells[0] * 3 + 1
        cells[1] += 1
    return cells


print(overflow([1, 0], 60))


# One bounds check per list for all its constant indexes: rows shorter than the largest index, which
# only some paths use, and a short row whose large index is reached.
def sum_fields(rows, limit):
    t = 0.0
    for _ in range(2):
        for r in rows:
            t += r[0] + r[1]
            if t > limit:
                t -= r[3]
                r[2] = t
    return t


rows = [[float(k), 1.0, 0.0, 0.5] for k in range(40)] + [[1.0, 2.0]] + [[2.0, 1.0, 0.0, 0.25] for _ in range(5)]
for _ in range(3):
    print(sum_fields(rows, 1e9), rows[3][2])
print(sum_fields(rows, 1665.0), rows[39][2], rows[44][2])
try:
    print(sum_fields(rows, 100.0))
except IndexError as e:
    print("IndexError:", e, rows[30][2], rows[39][2])


def bump_params(p, q):
    for k in range(len(q)):
        p[0] += q[k]
        p[2] = p[0] * 2.0
    return p


print(bump_params([1.0, 2.0, 3.0], [0.5] * 20))
try:
    bump_params([1.0, 2.0], [0.5] * 20)
except IndexError as e:
    print("IndexError:", e)
