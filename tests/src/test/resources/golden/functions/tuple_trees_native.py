# Trees of tuples and None that functions make and take apart: tier 2 keeps them
# in native memory while a loop's iteration calls those functions.


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


def leaves(node):
    left, right = node
    has_left = left is not None
    if not has_left:
        return 1
    return leaves(left) + leaves(right)


def chain(n):
    # a linked list of triples, ending in None
    node = None
    for _ in range(n):
        node = (node, None, None)
    return node


def length(node):
    n = 0
    while node is not None:
        node, a, b = node
        n += 1
    return n


def lopsided(depth):
    if depth == 0:
        return None
    return (lopsided(depth - 1), None)


def spine(node):
    if node is None:
        return 0
    left, right = node
    return 1 + spine(left)


def swap(node):
    left, right = node
    if left is None:
        return node
    return (swap(right), swap(left))


total = 0
for d in range(12):
    total += count(build(d)) + leaves(build(d))
print("counts", total)

total = 0
for n in range(200):
    total += length(chain(n))
print("chains", total)

total = 0
for d in range(300):
    total += spine(lopsided(d % 40))
print("spines", total)

total = 0
for d in range(10):
    total += count(swap(build(d)))
print("swapped", total)

# The same functions on trees tier 1 made: the loops above compiled them.
t = build(5)
print(count(t), leaves(t), spine(t), length(chain(7)))
print(t[0][1][0][0][0])
print(swap((build(1), build(0))) == (build(0), build(1)))


def spine2(node):
    left, right = node
    if left is None:
        return 1
    return 1 + spine2(left)


def unpack_all(n, bad, depth):
    total = 0
    for d in range(n):
        if d == bad:
            total += spine2(lopsided(depth))
        else:
            total += spine2(lopsided(3))
    return total


def triple(depth):
    node = (None, None, None)
    left, right = node
    return left


def unpack_triples(n, bad):
    total = 0
    for d in range(n):
        if d == bad:
            total += spine2(triple(d))
        else:
            total += spine2(build(2))
    return total


# Unpacking None and a tuple of another length raise in every tier, from native code too.
print(unpack_all(3000, -1, 0))
try:
    unpack_all(3000, 2999, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    unpack_triples(3000, 2500)
except ValueError as e:
    print("ValueError:", e)


# Trees tier 1 passes in come back as the same objects; a tuple reached twice is one object.
def keep(node):
    return node


def same(node):
    return keep(node)


def wrap(node):
    left, right = keep(node)
    return (node, keep(left))


def pair(node):
    return (keep(node), node)


def empty(depth):
    if depth < 0:
        return (keep(None),)
    return ()


E = ()
x = build(3)
results = []
for i in range(3000):
    w = wrap(x)
    p = pair(build(i % 4))
    results.append((same(x) is x, w[0] is x, w[1] is x[0], p[0] is p[1], empty(i) is E))
print(all(all(r) for r in results), len(results))
print(count(same(None) or build(2)), same(None), wrap(((), None)))
