# The training run behind the JDK AOT cache that libexec/launch.sh records in the background: it
# loads the interpreter's common paths (classes, inheritance, generators, dicts, exceptions, f-strings,
# big ints), compiles loops and functions over lists in tier 2, and keeps Graal busy long enough that
# its own classes land in the cache too. What it leaves out is loaded (lambdas and
# classes spun, comparison nodes, ...) by every program that uses it, at every start: hence `sys`,
# every comparison and shift, dict views, tuple targets, lists of lists, rows of tuples,
# generators, enumerate, zip and trees of tuples in compiled loops.
import math
import sys
class Node:
    def __init__(self, value, rest=None):
        self.value = value
        self.rest = rest
    def total(self):
        node, s = self, 0
        while node is not None:
            s += node.value
            node = node.rest
        return s
class Leaf(Node):
    def __init__(self, value):
        super().__init__(value)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def squares(n):
    for i in range(n):
        yield i * i
def flips(p):
    count = 0
    while p[0] != 0:
        k = p[0]
        p[:k + 1] = p[k::-1]
        count += 1
    return count
def lists(n):
    xs = [0.5] * 64
    t = 0.0
    for i in range(n):
        j = i % 64
        xs[j] = xs[j] * 0.5 + math.sqrt(i)
        t += xs[j]
    perm = [3, 1, 0, 2]
    for i in range(n // 10):
        t += flips(perm[:]) + flips(perm[1:] + perm[:1]) + flips(perm[::-1])
    return t
def grid(n):
    rows = [[0.0] * 4 for _ in range(4)]
    t = 0
    for a, b in [(i, i + 1) for i in range(4)]:
        t += a * b
    for k in range(n):
        for a in range(4):
            b = a + 1
            rows[a][b % 4] += 0.5
            x, y = a << 1, b >> 1
            if x > y and k >= 2 or x <= y and k != 3 or x == y:
                t += x | y ^ 1
    return t + int(rows[1][2])
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(n):
    yield from range(0, n, 2)
def cycle(m):
    a = 1
    while True:
        yield a
        a = a * 7 % m
def first(source, k):
    for _ in range(k):
        yield next(source)
def labels(depth, label):
    if depth == 0:
        yield label
    else:
        yield from labels(depth - 1, 3 * label)
        yield from labels(depth - 1, 3 * label + 1)
def halve(x, y):
    return (x * 3 + y) // 2
def tree(depth):
    return (None, None) if depth == 0 else (tree(depth - 1), tree(depth - 1))
def nodes(t):
    left, right = t
    return 1 if left is None else 1 + nodes(left) + nodes(right)
def shapes(n):
    flags = [True] * n
    i = 2
    while i * i < n:
        if flags[i]:
            j = i * i
            while j < n:
                flags[j] = False
                j += i
        i += 1
    points = [[0.5 * k, 1.0, 2.0] for k in range(6)]
    pairs = [(points[k], points[k + 1]) for k in range(5)]
    t = 0.0
    for _ in range(8):
        for p, q in pairs:
            d = p[0] - q[0]
            p[1] -= d * q[2]
        for b in points:
            t += b[1] * 0.5
    xs = [k % 7 for k in range(n)]
    s = sum(x * x for x in count_up(n // 4))
    s += sum(x for x in evens(n) if x % 3 == 1)
    s += any(x > n for x in count_up(n))
    pulled = sum(first(cycle(1009), n // 4))
    leaves = sum(labels(5, 1))
    k = 2
    while k < n:
        if flags[k]:
            s += 1
        k += 1
    for k, x in enumerate(xs):
        s += halve(k, x)
    ys = xs[1:]
    for x, y in zip(xs, ys):
        s += x * y
    return s + pulled + leaves + int(t) + flags.count(True) + nodes(tree(6))
def work(n):
    words = {}
    for w in ("alpha beta gamma delta " * 50).split():
        words[w.upper()] = words.get(w.upper(), 0) + 1
    xs = [float(i) / 3.0 for i in range(n)]
    a, b, c = (1, "a", 2.5)
    chain = None
    for i in range(200):
        chain = Node(i, chain) if i % 2 else Leaf(i)
    try:
        {}["missing"]
    except KeyError:
        pass
    for key, value in words.items():
        if key in words.keys() and value in words.values():
            a = key
    return (int(lists(n)) + grid(n // 10) + len(sys.argv) + sum(squares(n)) + fib(15) + len(words) + int(math.sqrt(sum(xs))) + chain.total()
            + sum(x for x in range(n) if x & 1) + (2 ** 100 // 3) % 7 + len(f"{a:>5}{b}{c:.2f}") + shapes(n))
for _ in range(60):
    r = work(3000)
print(r, sorted([3, 1, 2], key=lambda v: -v), str(max(range(10))), f"{r / 7:.9f}", round(r / 3, 2))
