# Trees of tuples holding ints, None and tuples: binary search trees and linked lists that
# functions build and walk natively (an int is a word of its own there).


def insert(node, key):
    if node is None:
        return (key, None, None)
    k, left, right = node
    if key < k:
        return (k, insert(left, key), right)
    if key > k:
        return (k, left, insert(right, key))
    return node


def contains(node, key):
    while node is not None:
        k, left, right = node
        if key == k:
            return True
        node = left if key < k else right
    return False


def total(node):
    if node is None:
        return 0
    k, left, right = node
    return k + total(left) + total(right)


def height(node):
    if node is None:
        return 0
    k, left, right = node
    return 1 + max(height(left), height(right))


def smallest(node):
    k, left, right = node
    if left is None:
        return k
    return smallest(left)


def build(n, seed):
    root = None
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        root = insert(root, x % 1000)
    return root


def cons_range(n):
    out = None
    for i in range(n, 0, -1):
        out = (i * i, out)
    return out


def sum_list(node):
    s = 0
    while node is not None:
        head, node = node
        s += head
    return s


checks = 0
for seed in range(300):
    t = build(60, seed)
    checks += total(t) + height(t) * 1000 + smallest(t) + contains(t, 500) + sum_list(cons_range(seed % 50))
print("checks", checks)

t = build(20, 7)
print(t[0], total(t), height(t), smallest(t), contains(t, t[0]), contains(t, -1))
print(cons_range(4), sum_list(cons_range(100)))
print(insert(insert(None, 5), 3))

# Ints beyond 63 bits, floats and bools are left to tier 1.
big = 2 ** 62
print(total((big, None, None)), total((big - 1, (1, None, None), None)))
print(insert((2.5, None, None), 1.5), insert((True, None, None), False))
try:
    for k in range(2000):
        total((k, (k, None, None), 3.5))
except TypeError as e:
    print("TypeError:", e)


# Items by index and len() of trees; an index out of range or None raises in every tier.
def leftmost_key(node):
    while node[1] is not None:
        node = node[1]
    return node[0] + len(node) * 1000 + node[-3]


def triple(k):
    return (k, k + 1, None)


def nth(node, k):
    item = node[k]
    return 0 if item is None else item


def key_sum(n):
    keys = 0
    for seed in range(n):
        keys += leftmost_key(build(30, seed)) + nth(triple(seed), -2) + len(cons_range(3))
    return keys


def nth_sum(n, width):
    keys = 0
    for k in range(n):
        keys += nth(triple(k), k % width)
    return keys


def leftmost_sum(n):
    keys = 0
    for k in range(n):
        keys += leftmost_key((k, (1, None, None), None) if k < n - 1 else None)
    return keys


print("keys", key_sum(300), nth_sum(3000, 3))
try:
    nth_sum(3000, 4)
except IndexError as e:
    print("IndexError:", e)
try:
    leftmost_sum(3000)
except TypeError as e:
    print("TypeError:", e)


# `is None` of what a call returns: a tree may be None, a number never is.
def find(node, key):
    while node is not None:
        k, left, right = node
        if key == k:
            return node
        node = left if key < k else right
    return None


def square(x):
    return x * x


def found(n):
    t = build(40, 3)
    hits = 0
    for key in range(n):
        if find(t, key) is not None:
            hits += 1
        if square(key) is None:
            hits -= 1000
        hits += (find(t, key + 1) is None) + (square(key) is not None)
    return hits


print("found", found(1000), find(build(5, 1), -1) is None)
