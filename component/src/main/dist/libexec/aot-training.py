# The training run behind the JDK AOT cache that libexec/launch.sh records in the background: it
# loads the interpreter's common paths (classes, inheritance, generators, dicts, exceptions, f-strings,
# big ints) and keeps Graal busy long enough that its own classes and profiles land in the cache too.
import math
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
    return (sum(squares(n)) + fib(15) + len(words) + int(math.sqrt(sum(xs))) + chain.total()
            + sum(x for x in range(n) if x & 1) + (2 ** 100 // 3) % 7 + len(f"{a:>5}{b}{c:.2f}"))
for round in range(60):
    r = work(3000)
print(r, sorted([3, 1, 2], key=lambda v: -v), str(max(range(10))))
