# Trees of tuples, None and ints, which tier 2 keeps in native memory since commit fe59dc1: binary_trees'
# build and count, a search tree built and summed inside one function, a linked list of pairs, and
# search trees that tier 1 builds and a compiled function walks (copied in at each call). Each kernel
# timed in one process, the median of 5 calls after a warm-up call. Run it with python3 and ./pyjit
# in its configurations (BENCHMARKS.md gives the commands and figures).
import time


def build(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (build(depth), build(depth))


def count(node):
    left, right = node
    if left is None:
        return 1
    return 1 + count(left) + count(right)


def trees(n, depth):
    total = 0
    for _ in range(n):
        total += count(build(depth))
    return total


def insert(node, key):
    if node is None:
        return (key, None, None)
    k, left, right = node
    if key < k:
        return (k, insert(left, key), right)
    if key > k:
        return (k, left, insert(right, key))
    return node


def total(node):
    if node is None:
        return 0
    k, left, right = node
    return k + total(left) + total(right)


def search_tree(n):
    root = None
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        root = insert(root, x % 1000000)
    return total(root)


def sum_pairs(n):
    s = 0
    for r in range(n):
        node = None
        for i in range(200):
            node = (i + r, node)
        while node is not None:
            head, node = node
            s += head
    return s


def walk_given(roots):
    s = 0
    for t in roots:
        s += total(t)
    return s



def bench(name, f, *args):
    f(*args)
    times = []
    for _ in range(5):
        t = time.perf_counter()
        r = f(*args)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"{name:14} {times[2]:.4f} {r}")


bench("build_count", trees, 2000, 10)
bench("search_tree", search_tree, 20000)
bench("pairs", sum_pairs, 2000)
roots = []
for seed in range(100):
    root = None
    for k in range(500):
        root = insert(root, (k * 7919 + seed) % 1009)
    roots.append(root)
bench("walk_given", walk_given, roots)
