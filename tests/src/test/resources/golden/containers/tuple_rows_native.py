# Lists of tuples of numbers in compiled loops: a, b = pts[i] (negative indexes too) and
# for a, b in pts (the loop itself or nested; rows of lists too) read the numbers the region
# copied at entry; a row of another length (ValueError), a bool where ints were, an int among
# floats or a big int make the region leave the loop to tier 1. Zero bases of float powers with
# exponents above 0, as (x1 - x2) ** 2 of equal coordinates, stay native.


def closest(points):
    best = 1e18
    n = len(points)
    for i in range(n):
        x1, y1 = points[i]
        for j in range(i + 1, n):
            x2, y2 = points[j]
            d = (x1 - x2) ** 2 + (y1 - y2) ** 2
            if d < best:
                best = d
    return best


def centroid(points, rounds):
    sx = 0.0
    sy = 0.0
    for r in range(rounds):
        for x, y in points:
            sx += x
            sy += y
    return sx / (rounds * len(points)), sy / (rounds * len(points))


def weights(pairs):
    total = 0
    for k in range(len(pairs)):
        a, w = pairs[-1 - k]
        total += a * w
    return total


def last_pair(pairs):
    a = b = -1
    for r in range(2):
        for a, b in pairs:
            pass
    return a, b


pts = [((i * 37) % 101 * 1.0, (i * 91) % 103 * 1.5) for i in range(700)]
print(closest(pts), centroid(pts, 30), weights([(i, i % 7) for i in range(5000)]), last_pair([(1, 2), (3, 4)] * 30))
mixed = [(1, 2.5)] * 50 + [(2, 3)]
print(weights([(i, 2) for i in range(100)] + [(True, 3)]), centroid(mixed, 5))
try:
    print(weights([(1, 2)] * 60 + [(1, 2, 3)]))
except ValueError as e:
    print("ValueError:", e)
big = [(2 ** 70, 1)] + [(1, 1)] * 100
print(weights(big))

def sq(xs, e):
    t = 0.0
    for x in xs:
        t += (x - 1.0) ** e
    return t
vals = [1.0, 2.0, 0.0, 1.0, -3.0] * 100
print(sq(vals, 2.0), sq(vals, 3.0), sq(vals, 0.5) if False else 0, sq(vals, 1.0))
import math
print(math.copysign(1.0, (-0.0) ** 3.0), math.copysign(1.0, (-0.0) ** 2.0))
def negz(xs):
    s = []
    t = 0.0
    for x in xs:
        t += math.copysign(1.0, (x * -0.0) ** 3.0)
    return t
print(negz([1.0, 2.0] * 100))
try:
    print(sq([1.0, 1.0] * 50, -1.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def centroid(points):
    sx = 0.0
    sy = 0.0
    for x, y in points:
        sx += x
        sy += y
    return sx / len(points), sy / len(points), x, y


def scale_rows(grid, k):
    total = 0
    for row in grid:
        for j in range(len(row)):
            row[j] *= k
            total += row[j]
    return total, row[0]


def pairs_of_lists(pairs):
    t = 0
    for xs, ys in pairs:
        t += xs[0] * ys[-1]
    return t, xs[0]


pts = [((i * 37) % 101 * 1.0, (i * 91) % 103 * 1.5) for i in range(3000)]
print(centroid(pts))
grid = [[i + j for j in range(50)] for i in range(200)]
print(scale_rows(grid, 3), grid[5][7])
print(pairs_of_lists([([i, 2], [3, i]) for i in range(300)]))
print(centroid([(1.0, 2.0)] * 40 + [(1, 2.0)]))


def centroid(points):
    sx = sy = 0.0
    for x, y in points:
        sx += x
        sy += y
    return sx, sy
pts = [(float(i), float(2 * i)) for i in range(1000)]
print(centroid(pts))
pts[5] = (1000.0, 1000.0)
print(centroid(pts))
pts.append((1.0, 1.0))
print(centroid(pts))
pts.pop()
pts[7] = (7.0, 14.0)
print(centroid(pts))
pts.reverse()
print(centroid(pts))
