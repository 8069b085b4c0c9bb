# Loops that tier 2 compiles since commit c3b7725 (characters of strs, returns, variable range steps,
# float %, lists of tuples of numbers, chained assignments): each kernel timed in one process, the median of 5 calls after a warm-up call. Run it
# with python3 and ./pyjit in its configurations (BENCHMARKS.md gives the commands and figures).
import time


def lcs(a, b):
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                cur[j] = prev[j - 1] + 1
            else:
                cur[j] = max(prev[j], cur[j - 1])
        prev = cur
    return prev[-1]


def edit_distance(a, b):
    n = len(b)
    prev = list(range(n + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * n
        for j in range(1, n + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
        prev = cur
    return prev[n]


def is_palindrome(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def vowels(s):
    n = 0
    for ch in s:
        if ch in "aeiou":
            n += 1
    return n


def poly_hash(s):
    h = 0
    for i in range(len(s)):
        h = (h * 131 + ord(s[i])) % 1000000007
    return h


def sieve(n):
    flags = [0] * n
    for i in range(2, n):
        if flags[i] == 0:
            for j in range(i * i, n, i):
                flags[j] = 1
    return n - 2 - sum(flags[2:])


def is_prime(n):
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def wrap_angles(xs, period):
    total = 0.0
    for x in xs:
        total += x % period
    return total


def closest(points):
    best = 1e18
    for i in range(len(points)):
        x1, y1 = points[i]
        for j in range(i + 1, len(points)):
            x2, y2 = points[j]
            d = (x1 - x2) ** 2 + (y1 - y2) ** 2
            if d < best:
                best = d
    return best


def centroid(points):
    sx = sy = 0.0
    for x, y in points:
        sx += x
        sy += y
    return sx / len(points), sy / len(points)


def bench(name, f, *args):
    f(*args)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        r = f(*args)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"{name:14} {times[2]:.4f} {r}")


a = "ACGTTGCAACGTAGGT" * 100
b = "TGCATGCAAGTCATGC" * 100
text = "the quick brown fox jumps over the lazy dog " * 20000
pal = "abcdefghij" * 50000 + "jihgfedcba" * 50000
bench("lcs", lcs, a, b)
bench("edit_distance", edit_distance, a[:800], b[:800])
bench("is_palindrome", is_palindrome, pal)
bench("vowels", vowels, text)
bench("poly_hash", poly_hash, text)
bench("sieve", sieve, 2000000)
bench("is_prime", is_prime, 1000000000039)
pts = [((i * 37) % 1009 * 1.0, (i * 91) % 1013 * 1.5) for i in range(1500)]
bench("closest", closest, pts)
bench("centroid", centroid, pts * 200)
bench("wrap_angles", wrap_angles, [i * 0.37 for i in range(1000000)], 6.283185307179586)
