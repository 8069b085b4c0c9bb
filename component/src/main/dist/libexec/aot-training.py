# The training run behind the JDK AOT cache that libexec/launch.sh records in the background: it
# loads the interpreter's common paths (classes, inheritance, generators, dicts, exceptions, f-strings,
# big ints), compiles loops and functions over lists in tier 2, and keeps Graal busy long enough that
# its own classes and profiles land in the cache too. What it leaves out is loaded (lambdas and
# classes spun, comparison nodes, ...) by every program that uses it, at every start: hence `sys`,
# every comparison and shift, dict views, tuple targets and lists of lists in compiled loops.
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
            + sum(x for x in range(n) if x & 1) + (2 ** 100 // 3) % 7 + len(f"{a:>5}{b}{c:.2f}"))
for _ in range(60):
    r = work(3000)
print(r, sorted([3, 1, 2], key=lambda v: -v), str(max(range(10))), f"{r / 7:.9f}", round(r / 3, 2))
